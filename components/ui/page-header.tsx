import type { ReactNode } from "react";

export function PageHeader({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-col gap-2">
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {lead && <p className="max-w-prose text-lg text-muted">{lead}</p>}
      {children}
    </div>
  );
}
