"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { resendCampaignAction } from "../actions";

export function ResendForm({
  eventId,
  campaignId,
  noAnswer,
}: {
  eventId: string;
  campaignId: string;
  noAnswer: number;
}) {
  const t = useTranslations("invitations");
  const form = useFormAction(resendCampaignAction);
  return (
    <Form form={form} className="no-print mb-6 flex flex-col gap-3">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <div>
        <SubmitButton variant="secondary" pendingText={t("resending")}>
          {t("resend", { count: noAnswer })}
        </SubmitButton>
      </div>
      {form.ok && form.message && (
        <Alert tone="success" role="status">
          {form.message}
        </Alert>
      )}
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
    </Form>
  );
}
