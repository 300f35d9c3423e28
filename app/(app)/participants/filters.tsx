import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterPanel } from "@/components/ui/filter-panel";
import { Field } from "@/components/ui/field";
import { OccupationInput } from "@/components/ui/occupation-input";
import { Select } from "@/components/ui/select";
import { CEFR_LEVELS, STATUSES } from "@/lib/participants/rules";
import type { ParticipantFilterParams } from "@/lib/participants/schemas";

/** Filters as a plain GET form: the address holds the filters, so a filtered list can be bookmarked. */
export async function ParticipantFilters({
  values,
  staff,
  active,
  wishError,
}: {
  values: ParticipantFilterParams;
  staff: { value: string; label: string }[];
  active: number;
  /** Set when the typed occupation matched none, so the list is not filtered by it. */
  wishError?: string;
}) {
  const t = await getTranslations("participants");
  return (
    <FilterPanel action="/participants" title={t("filters")} active={active}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field name="q" label={t("search")} defaultValue={values.q} type="search" />
        <Select
          name="status"
          label={t("status")}
          defaultValue={values.status ?? ""}
          options={[
            { value: "", label: t("statusActive") },
            ...STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
            { value: "all", label: t("statusAll") },
          ]}
        />
        <Select
          name="endsWithinMonths"
          label={t("endsWithin")}
          defaultValue={values.endsWithinMonths ? String(values.endsWithinMonths) : ""}
          options={[
            { value: "", label: t("endsWithinAny") },
            ...[3, 6, 12].map((m) => ({ value: String(m), label: t("endsWithinMonths", { months: m }) })),
          ]}
        />
        <Select
          name="norwegianLevel"
          label={t("norwegianAtLeast")}
          defaultValue={values.norwegianLevel ?? ""}
          options={[{ value: "", label: t("anyLevel") }, ...CEFR_LEVELS.map((l) => ({ value: l, label: l }))]}
        />
        <OccupationInput
          name="wish"
          label={t("wish")}
          hint={t("wishHint")}
          defaultValue={values.wish}
          error={wishError}
        />
        <Select
          name="assigned"
          label={t("assigned")}
          defaultValue={values.assigned}
          options={[{ value: "mine", label: t("assignedMine") }, { value: "all", label: t("assignedAll") }, ...staff]}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("applyFilters")}
        </button>
        <Link href="/participants">{t("clearFilters")}</Link>
      </div>
    </FilterPanel>
  );
}
