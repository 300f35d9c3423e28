import type { InputHTMLAttributes } from "react";
import { controlClass, describedBy, FieldLabel, HintAndError } from "./field-parts";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optionalText?: string;
}

/** A labelled input with hint and error under the label, linked by aria-describedby. */
export function Field({ name, label, hint, error, optionalText, id = name, className = "", ...props }: FieldProps) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <FieldLabel htmlFor={id} label={label} optionalText={optionalText} />
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error).describedBy}
        className={controlClass(error)}
        {...props}
      />
    </div>
  );
}
