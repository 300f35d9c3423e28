"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** An area's sections (an event, the council) as a row of links; the current one is marked for screen readers too. */
export function SectionTabs({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  const pathname = usePathname();
  // The first item is the overview: it is current only on its own page; the others also on their sub-pages.
  const overview = items[0]?.href;
  return (
    <nav aria-label={label} className="no-print mb-6 border-b border-line">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map((i) => {
          const current = pathname === i.href || (i.href !== overview && pathname.startsWith(`${i.href}/`));
          return (
            <li key={i.href}>
              <Link
                href={i.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-4 px-1 py-2 ${current ? "border-brand font-semibold text-ink no-underline" : "border-transparent"}`}
              >
                {i.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
