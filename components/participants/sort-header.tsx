import Link from "next/link";
import { Th } from "@/components/ui/table";

/** A column header that sorts the list; aria-sort tells screen readers the current order. */
export function SortHeader({
  column,
  label,
  current,
  dir,
  href,
}: {
  column: string;
  label: string;
  current: string;
  dir: "asc" | "desc";
  href: (sort: string, dir: "asc" | "desc") => string;
}) {
  const active = current === column;
  const next = active && dir === "asc" ? "desc" : "asc";
  return (
    <Th aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={href(column, next)} className="text-ink">
        {label}
        {active && <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </Th>
  );
}
