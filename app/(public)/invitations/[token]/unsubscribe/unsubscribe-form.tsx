"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import type { FormState } from "@/lib/auth/action";
import { unsubscribeInvitationAction } from "../actions";

export function UnsubscribeForm({ token, association, done }: { token: string; association: string; done: boolean }) {
  const t = useTranslations("invitations.unsubscribe");
  const [state, formAction] = useActionState<FormState, FormData>(unsubscribeInvitationAction, {});
  if (done || state.ok) {
    return (
      <Alert tone="success" role="status">
        <p className="font-semibold">{t("done", { association })}</p>
      </Alert>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("confirming")}>{t("confirm")}</SubmitButton>
      </div>
    </form>
  );
}
