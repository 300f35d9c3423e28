import type { SelectHTMLAttributes } from "react";

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  hint?: string;
  error?: string;
  optionalText?: string;
  /** A first, empty choice such as "Choose …". */
  placeholder?: string;
}

/** A labelled select with hint and error, linked by aria-describedby like Field. */
export function Select({ name, label, options, hint, error, optionalText, placeholder, id = name, className = "", ...props }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
        {optionalText && <span className="font-normal text-muted"> ({optionalText})</span>}
      </label>
      {hint && <p id={hintId} className="text-sm text-muted">{hint}</p>}
      {error && <p id={errorId} className="text-sm font-semibold text-danger">{error}</p>}
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`w-full max-w-md rounded border-2 bg-white px-3 py-2 ${error ? "border-danger" : "border-muted"}`}
        {...props}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
