"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { unsubscribeInvitationAction } from "../actions";

export function UnsubscribeForm({ token, association, done }: { token: string; association: string; done: boolean }) {
  const t = useTranslations("invitations.unsubscribe");
  const form = useFormAction(unsubscribeInvitationAction);
  if (done || form.ok) {
    return (
      <Alert tone="success" role="status">
        <p className="font-semibold">{t("done", { association })}</p>
      </Alert>
    );
  }
  return (
    <Form form={form} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("confirming")}>{t("confirm")}</SubmitButton>
      </div>
    </Form>
  );
}
