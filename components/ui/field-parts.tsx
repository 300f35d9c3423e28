import type { ReactNode } from "react";

/** The ids that tie a control to its hint and error, for aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

/** Label, then hint, then error, as Aksel and Designsystemet place them above the control. */
export function FieldLabel({
  htmlFor,
  label,
  optionalText,
  as = "label",
}: {
  htmlFor?: string;
  label: ReactNode;
  optionalText?: string;
  as?: "label" | "legend";
}) {
  const Tag = as;
  return (
    <Tag htmlFor={as === "label" ? htmlFor : undefined} className="font-semibold">
      {label}
      {optionalText && (
        <span data-label-extra className="font-normal text-muted">
          {" "}
          ({optionalText})
        </span>
      )}
    </Tag>
  );
}

export function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const { hintId, errorId } = describedBy(id, hint, error);
  return (
    <>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-semibold text-danger">
          {error}
        </p>
      )}
    </>
  );
}

export const controlClass = (error?: string) =>
  `w-full max-w-md rounded border-2 px-3 py-2 text-base ${error ? "border-danger" : "border-muted"}`;
