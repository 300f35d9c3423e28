"use client";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

type LinkTo = { href: string; label: string };

/**
 * The button of a confirmation page for a destructive step (deactivate an organization, remove an
 * operator): the page names the thing; after it is done, the server's confirmation and a way back.
 */
export function ConfirmForm({
  action,
  fields,
  submitLabel,
  pendingText,
  cancel,
  back,
}: {
  action: FormAction;
  fields: Record<string, string>;
  submitLabel: string;
  pendingText: string;
  cancel: LinkTo;
  back: LinkTo;
}) {
  const form = useFormAction(action);
  if (form.ok) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success" role="status">
          {form.message}
        </Alert>
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      </div>
    );
  }
  return (
    <Form form={form} className="flex flex-col gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div>
        <SubmitButton className="bg-danger! hover:bg-red-900!" pendingText={pendingText}>
          {submitLabel}
        </SubmitButton>
      </div>
      <p>
        <Link href={cancel.href}>{cancel.label}</Link>
      </p>
    </Form>
  );
}
