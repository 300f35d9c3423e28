import type { ReactNode } from "react";

/** What to show instead of an empty list: says what there is and what to do next. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded border-2 border-dashed border-line p-6 text-center">
      <p>{children}</p>
      {action && <div className="mt-3">{action}</div>}
    </div>
  );
}
