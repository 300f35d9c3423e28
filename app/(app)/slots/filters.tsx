import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterPanel } from "@/components/ui/filter-panel";
import { OccupationInput } from "@/components/ui/occupation-input";
import { Select } from "@/components/ui/select";
import { slotKindEnum, slotStatusEnum } from "@/db/schema/pipeline";
import type { SlotFilterParams } from "@/lib/slots/schemas";

/** Filters as a plain GET form, so a filtered list can be bookmarked. Staff also filter by occupation and employer. */
export async function SlotFilters({
  values,
  employers,
  active,
  occupationError,
}: {
  values: SlotFilterParams;
  employers: { value: string; label: string }[] | null;
  active: number;
  /** Set when the typed occupation matched none, so the list is not filtered by it. */
  occupationError?: string;
}) {
  const t = await getTranslations("slots");
  return (
    <FilterPanel action="/slots" title={t("filters")} active={active}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          name="status"
          label={t("status")}
          defaultValue={values.status}
          options={[
            ...slotStatusEnum.enumValues.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
            { value: "all", label: t("statusAll") },
          ]}
        />
        <Select
          name="kind"
          label={t("kind")}
          defaultValue={values.kind ?? ""}
          options={[
            { value: "", label: t("kindAll") },
            ...slotKindEnum.enumValues.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
          ]}
        />
        {employers && (
          <>
            <OccupationInput
              name="occupation"
              label={t("occupation")}
              hint={t("occupationHint")}
              defaultValue={values.occupation}
              error={occupationError}
            />
            <Select
              name="employer"
              label={t("employer")}
              defaultValue={values.employer ?? ""}
              options={[{ value: "", label: t("employerAll") }, ...employers]}
            />
          </>
        )}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("applyFilters")}
        </button>
        <Link href="/slots">{t("clearFilters")}</Link>
      </div>
    </FilterPanel>
  );
}
