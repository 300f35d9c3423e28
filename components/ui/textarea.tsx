import type { TextareaHTMLAttributes } from "react";
import { controlClass, describedBy, FieldLabel, HintAndError } from "./field-parts";

interface TextareaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optionalText?: string;
}

export function Textarea({
  name,
  label,
  hint,
  error,
  optionalText,
  id = name,
  className = "",
  rows = 5,
  ...props
}: TextareaProps) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <FieldLabel htmlFor={id} label={label} optionalText={optionalText} />
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error).describedBy}
        className={`${controlClass(error)} max-w-2xl`}
        {...props}
      />
    </div>
  );
}
