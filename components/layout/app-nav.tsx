"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The role's menu; the current page is marked with aria-current, not only by colour. */
export function AppNav({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print basis-full">
      {/* One link a line on a phone, with room for a thumb; a wrapping row from 640 px. */}
      <ul className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:gap-x-5 sm:gap-y-2">
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
