"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import type { FormState } from "@/lib/auth/action";

export function HandledForm({
  action,
  eventId,
  id,
  label,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  eventId: string;
  id: string;
  label: string;
}) {
  const t = useTranslations("leads.organizer");
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="no-print flex flex-col gap-1">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" pendingText={t("saving")}>
        {t("markHandled")} <span className="sr-only">{label}</span>
      </SubmitButton>
      {state.formError && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {state.formError}
        </p>
      )}
    </form>
  );
}
