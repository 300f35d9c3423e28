/** One key figure. Rendered as a description-list item so screen readers pair label and value. */
export function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col-reverse rounded border border-line bg-surface p-4">
      <dt className="text-muted">{label}</dt>
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
