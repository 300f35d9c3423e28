/** A small bar for the share of the way to the target; the text beside it says the same in words. */
export function ProgressBar({ value }: { value: number | null }) {
  const width = `${Math.round((value ?? 0) * 100)}%`;
  return (
    <span
      aria-hidden="true"
      className="inline-block h-3 w-28 shrink-0 overflow-hidden rounded border border-ink bg-white align-middle"
    >
      <span className="block h-full bg-brand" style={{ width }} />
    </span>
  );
}
