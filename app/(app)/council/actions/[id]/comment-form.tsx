"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/auth/action";

export function ActionCommentForm({
  action,
  id,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  id: string;
}) {
  const t = useTranslations("actionItems.detail");
  const [state, formAction] = useActionState(action, {});
  // After a saved comment the field starts empty again; after an error it keeps what was typed.
  const value = state.ok ? "" : (state.values?.body ?? "");
  return (
    <form action={formAction} noValidate className="no-print flex max-w-2xl flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <Textarea
        key={JSON.stringify(state)}
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        rows={4}
        defaultValue={value}
        error={state.fieldErrors?.body}
      />
      <div>
        <SubmitButton variant="secondary">{t("addComment")}</SubmitButton>
      </div>
      {state.ok && (
        <Alert tone="success" role="status">
          {t("commentSaved")}
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
