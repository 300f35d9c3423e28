"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { HintAndError } from "@/components/ui/field-parts";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

export function NoShowsForm({ action, eventId, count }: { action: FormAction; eventId: string; count: number }) {
  const t = useTranslations("checkIn.noShows");
  const form = useFormAction(action);
  const error = form.errors.confirm;
  return (
    <Form form={form} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="eventId" value={eventId} />
      <p className="text-lg">{t("question", { count })}</p>
      <div className="flex flex-col gap-1">
        <HintAndError id="confirm" error={error} />
        <div className="flex items-center gap-2">
          <input
            id="confirm"
            name="confirm"
            type="checkbox"
            className="h-5 w-5"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "confirm-error" : undefined}
          />
          <label htmlFor="confirm">{t("confirmLabel", { count })}</label>
        </div>
      </div>
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </Form>
  );
}
