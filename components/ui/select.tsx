import type { SelectHTMLAttributes } from "react";
import { controlClass, describedBy, FieldLabel, HintAndError } from "./field-parts";

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
export function Select({
  name,
  label,
  options,
  hint,
  error,
  optionalText,
  placeholder,
  id = name,
  className = "",
  ...props
}: SelectProps) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <FieldLabel htmlFor={id} label={label} optionalText={optionalText} />
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error).describedBy}
        className={`${controlClass(error)} bg-white`}
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
