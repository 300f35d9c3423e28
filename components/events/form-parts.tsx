import type { ReactNode } from "react";

/** A titled group of fields in the event and stand forms. */
export function Section({
  title,
  hint,
  children,
  ...props
}: {
  title: string;
  hint?: string;
  children: ReactNode;
  id?: string;
  hidden?: boolean;
  disabled?: boolean;
}) {
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-line p-4" {...props}>
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {hint && <p className="text-sm text-muted">{hint}</p>}
      {children}
    </fieldset>
  );
}

export function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input id={name} name={name} type="checkbox" defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={name}>{label}</label>
    </div>
  );
}
