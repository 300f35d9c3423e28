"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
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
  const [state, formAction] = useActionState(completeFollowUpAction, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="range" value={range} />
      <SubmitButton variant="link" pendingText={pendingText}>
        {label} <span className="sr-only">{labelDetail}</span>
      </SubmitButton>
      {state.formError && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {state.formError}
        </p>
      )}
    </form>
  );
}
