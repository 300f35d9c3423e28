"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import type { FormState } from "@/lib/auth/action";
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
  const [state, formAction] = useActionState<FormState, FormData>(resendCampaignAction, {});
  return (
    <form action={formAction} className="no-print mb-6 flex flex-col gap-3">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <div>
        <SubmitButton variant="secondary" pendingText={t("resending")}>
          {t("resend", { count: noAnswer })}
        </SubmitButton>
      </div>
      {state.ok && state.message && (
        <Alert tone="success" role="status">
          {state.message}
        </Alert>
      )}
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
    </form>
  );
}
