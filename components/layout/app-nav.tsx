"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The role's menu; the current page is marked with aria-current, not only by colour. */
export function AppNav({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
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
