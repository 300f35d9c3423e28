import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Select } from "@/components/ui/select";
import { actionStatusEnum } from "@/db/schema/council";
import type { ActionFilters } from "@/lib/action-items/schemas";

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-center gap-2 self-end pb-2">
      <input id={`filter-${name}`} name={name} value="1" type="checkbox" defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={`filter-${name}`}>{label}</label>
    </div>
  );
}

/** Filters as a plain GET form, so a filtered list can be bookmarked and works without JavaScript. */
export async function ActionFiltersForm({
  values,
  members,
}: {
  values: ActionFilters;
  members: { id: string; name: string }[];
}) {
  const t = await getTranslations("actionItems");
  return (
    <form
      method="get"
      action="/council/actions"
      className="no-print mb-6 rounded border border-line bg-surface p-4"
      aria-labelledby="filters-title"
    >
      <h2 id="filters-title" className="mb-3 text-lg font-semibold">
        {t("filters")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          name="status"
          label={t("status")}
          defaultValue={values.status ?? "active"}
          options={[
            { value: "active", label: t("statusActive") },
            ...actionStatusEnum.enumValues.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
            { value: "all", label: t("statusAll") },
          ]}
        />
        <Select
          name="owner"
          label={t("owner")}
          defaultValue={values.owner ?? ""}
          options={[{ value: "", label: t("ownerAll") }, ...members.map((m) => ({ value: m.id, label: m.name }))]}
        />
        <Checkbox name="overdue" label={t("onlyOverdue")} checked={values.overdue === "1"} />
        <Checkbox name="mine" label={t("onlyMine")} checked={values.mine === "1"} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("applyFilters")}
        </button>
        <Link href="/council/actions">{t("clearFilters")}</Link>
      </div>
    </form>
  );
}
