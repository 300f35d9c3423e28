import Link from "next/link";

/**
 * One key figure. Rendered as a description-list item so screen readers pair label and value.
 * With `href` the whole card opens the list the figure counts: the label is the link, and its
 * ::after covers the card, so the link's name stays the label alone.
 */
export function Stat({ label, value, href }: { label: string; value: string; href?: string }) {
  return (
    <div
      className={`relative flex flex-col-reverse rounded border border-line bg-surface p-4${href ? " hover:border-current focus-within:outline focus-within:outline-2" : ""}`}
    >
      <dt className="text-muted">
        {href ? (
          <Link href={href} className="after:absolute after:inset-0 after:content-['']">
            {label}
          </Link>
        ) : (
          label
        )}
      </dt>
      <dd className="text-3xl font-bold">{value}</dd>
    </div>
  );
}

export function StatList({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <section aria-label={label} className="mb-8">
      <h2 className="mb-3 text-xl font-semibold">{label}</h2>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">{children}</dl>
    </section>
  );
}
