import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Disclosure } from "./disclosure";

/**
 * A list page's filters as a plain GET form in a box. On a phone the box folds behind
 * "Filtre (2 i bruk)", so the list starts near the top and the count says whether it is filtered;
 * from 640 px it is open, with `title` as its heading.
 */
export async function FilterPanel({
  action,
  title,
  active,
  children,
}: {
  action: string;
  title: string;
  /** How many filters differ from the page's default. */
  active: number;
  children: ReactNode;
}) {
  const t = await getTranslations("filterPanel");
  return (
    <form
      method="get"
      action={action}
      className="no-print mb-6 rounded border border-line bg-surface p-4 max-sm:p-3"
      aria-labelledby="filters-title"
    >
      <Disclosure
        id="filters"
        label={t("button", { count: active })}
        heading={{ id: "filters-title", text: title, className: "text-lg font-semibold" }}
        className="pt-3"
      >
        {children}
      </Disclosure>
    </form>
  );
}
