import type { ReactNode } from "react";

const tones = {
  neutral: "bg-surface text-ink border-line",
  info: "bg-blue-50 text-brand-dark border-brand",
  success: "bg-green-50 text-ok border-ok",
  warning: "bg-amber-50 text-amber-900 border-amber-700",
  danger: "bg-red-50 text-danger border-danger",
};

/** A status tag: always text, never colour alone. */
export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</span>
  );
}
