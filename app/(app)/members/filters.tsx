import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/employers/rules";
import type { MemberFilterParams } from "@/lib/members/schemas";

/** Filters as a plain GET form: the address holds the filters, so a filtered list can be bookmarked. */
export async function MemberFilters({ values }: { values: MemberFilterParams }) {
  const t = await getTranslations("members");
  const te = await getTranslations("employers");
  return (
    <form
      method="get"
      action="/members"
      className="no-print mb-6 rounded border border-line bg-surface p-4"
      aria-labelledby="filters-title"
    >
      <h2 id="filters-title" className="mb-3 text-lg font-semibold">
        {t("filters")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="q" label={t("search")} hint={t("searchHint")} defaultValue={values.q} type="search" />
        <Select
          name="industry"
          label={t("industry")}
          defaultValue={values.industry ?? ""}
          options={[
            { value: "", label: t("anyIndustry") },
            ...INDUSTRIES.map((i) => ({ value: i, label: te(`industries.${i}`) })),
          ]}
        />
        <Select
          name="sizeBand"
          label={t("sizeBand")}
          defaultValue={values.sizeBand ?? ""}
          options={[
            { value: "", label: t("anySize") },
            ...SIZE_BANDS.map((s) => ({ value: s, label: te(`sizeBands.${s}`) })),
          ]}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("applyFilters")}
        </button>
        <Link href="/members">{t("clearFilters")}</Link>
      </div>
    </form>
  );
}
