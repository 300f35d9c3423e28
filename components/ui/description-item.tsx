import type { ReactNode } from "react";

/** One term and its value in a <dl>: side by side on wide screens, stacked on a phone. */
export function DescriptionItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-line py-2 sm:flex-row sm:gap-4">
      <dt className="font-semibold sm:w-56 sm:shrink-0">{term}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}
