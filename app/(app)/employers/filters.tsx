import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterPanel } from "@/components/ui/filter-panel";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { INDUSTRIES } from "@/lib/employers/rules";
import type { EmployerFilterParams } from "@/lib/employers/schemas";

/** Filters as a plain GET form: the address holds the filters, so a filtered list can be bookmarked. */
export async function EmployerFilters({ values, active }: { values: EmployerFilterParams; active: number }) {
  const t = await getTranslations("employers");
  const yesNo = [
    { value: "", label: t("any") },
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ];
  return (
    <FilterPanel action="/employers" title={t("filters")} active={active}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field name="q" label={t("search")} defaultValue={values.q} type="search" />
        <Select
          name="industry"
          label={t("industry")}
          defaultValue={values.industry ?? ""}
          options={[
            { value: "", label: t("anyIndustry") },
            ...INDUSTRIES.map((i) => ({ value: i, label: t(`industries.${i}`) })),
          ]}
        />
        <Select name="member" label={t("member")} defaultValue={values.member ?? ""} options={yesNo} />
        <Select name="openSlots" label={t("openSlots")} defaultValue={values.openSlots ?? ""} options={yesNo} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("applyFilters")}
        </button>
        <Link href="/employers">{t("clearFilters")}</Link>
      </div>
    </FilterPanel>
  );
}
