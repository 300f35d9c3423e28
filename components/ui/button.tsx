"use client";
import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

type Variant = "primary" | "secondary" | "link";

const styles: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark px-4 py-2 rounded font-semibold",
  secondary: "bg-white text-brand border-2 border-brand hover:bg-surface px-4 py-2 rounded font-semibold",
  link: "text-brand underline underline-offset-2 hover:text-brand-dark px-0 py-0",
};

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      className={`${styles[variant]} disabled:opacity-60 disabled:cursor-wait text-left ${className}`}
      {...props}
    />
  );
}

/** A submit button that is disabled and says so while its form is being saved. */
export function SubmitButton({
  children,
  pendingText,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} {...props}>
      {pending && pendingText ? pendingText : children}
    </Button>
  );
}
