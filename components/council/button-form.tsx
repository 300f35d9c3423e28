"use client";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

interface Confirm {
  question: string;
  consequence?: string;
  yes: string;
  no: string;
}

type Props = {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingText: string;
  /** Ask first, in words that name the thing, for steps that are hard to undo or send email. */
  confirm?: Confirm;
  variant?: "primary" | "secondary";
};

/** One button that posts a few hidden fields; the action redirects on success, so only errors come back. */
export function ButtonForm({ action, fields, label, pendingText, confirm, variant = "primary" }: Props) {
  const form = useFormAction(action);
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const error = form.formError ?? Object.values(form.errors)[0];
  return (
    <div className="flex flex-col gap-3">
      {confirm && !asking ? (
        <div>
          <Button type="button" variant={variant} onClick={() => setAsking(true)}>
            {label}
          </Button>
        </div>
      ) : (
        <Form form={form} className={confirm ? "flex flex-col gap-3 border-l-4 border-brand bg-surface p-4" : ""}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {confirm && (
            <>
              <p ref={question} tabIndex={-1} className="font-semibold">
                {confirm.question}
              </p>
              {confirm.consequence && <p>{confirm.consequence}</p>}
            </>
          )}
          <div className="flex flex-wrap gap-3">
            <SubmitButton variant={variant} pendingText={pendingText}>
              {confirm ? confirm.yes : label}
            </SubmitButton>
            {confirm && (
              <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
                {confirm.no}
              </Button>
            )}
          </div>
        </Form>
      )}
      {error && (
        <Alert tone="error" role="alert">
          {error}
        </Alert>
      )}
    </div>
  );
}
