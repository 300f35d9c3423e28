"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

export function HandledForm({
  action,
  eventId,
  id,
  label,
}: {
  action: FormAction;
  eventId: string;
  id: string;
  label: string;
}) {
  const t = useTranslations("leads.organizer");
  const form = useFormAction(action);
  return (
    <Form form={form} className="no-print flex flex-col gap-1">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" pendingText={t("saving")}>
        {t("markHandled")} <span className="sr-only">{label}</span>
      </SubmitButton>
      {form.formError && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {form.formError}
        </p>
      )}
    </Form>
  );
}
