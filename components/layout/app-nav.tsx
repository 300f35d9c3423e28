"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The role's menu; the current page is marked with aria-current, not only by colour. */
export function AppNav({
  label,
  items,
}: {
  label: string;
  /** `within`: the paths the item covers besides its own, when not everything under it (/admin). */
  items: { href: string; text: string; within?: string[] }[];
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print basis-full">
      {/* One link a line on a phone, with room for a thumb; a wrapping row from 640 px. */}
      <ul className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:gap-x-5 sm:gap-y-2">
        {items.map((item) => {
          const under = item.within ?? [item.href];
          const current = pathname === item.href || under.some((p) => pathname.startsWith(`${p}/`));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={current ? "font-bold text-ink decoration-2" : ""}
              >
                {item.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
