"use client";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { completeFollowUpAction } from "./actions";

/** "Mark as done" for one row; the hidden text names the follow-up for screen readers. */
export function MarkDoneForm({
  id,
  scope,
  range,
  label,
  labelDetail,
  pendingText,
}: {
  id: string;
  scope: string;
  range: string;
  label: string;
  labelDetail: string;
  pendingText: string;
}) {
  const form = useFormAction(completeFollowUpAction);
  return (
    <Form form={form}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="range" value={range} />
      <SubmitButton variant="link" pendingText={pendingText}>
        {label} <span className="sr-only">{labelDetail}</span>
      </SubmitButton>
      {form.formError && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {form.formError}
        </p>
      )}
    </Form>
  );
}
