import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous/next links with the page count; `href(page)` keeps the current filters. */
export async function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("pagination");
  return (
    <nav aria-label={t("label")} className="no-print mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)}>{t("previous")}</Link>
      ) : (
        <span className="text-muted">{t("previous")}</span>
      )}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)}>{t("next")}</Link> : <span className="text-muted">{t("next")}</span>}
    </nav>
  );
}
