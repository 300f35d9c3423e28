import Link from "next/link";

/** Previous/next links with the page count; `href(page)` keeps the current filters. */
export function Pagination({ page, pages, label, labels, href }: { page: number; pages: number; label: string; labels: { previous: string; next: string; pageOf: string }; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="no-print mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)}>{labels.previous}</Link> : <span className="text-muted">{labels.previous}</span>}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pages ? <Link href={href(page + 1)}>{labels.next}</Link> : <span className="text-muted">{labels.next}</span>}
    </nav>
  );
}
