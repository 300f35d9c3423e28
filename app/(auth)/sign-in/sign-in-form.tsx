"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { requestMagicLinkAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(requestMagicLinkAction, {});
  return (
    <form action={formAction} noValidate className="flex max-w-md flex-col gap-4">
      <ErrorSummary title={te("summaryTitle")} errors={state.fieldErrors} labels={{ email: t("email") }} />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        autoComplete="email"
        defaultValue={state.values?.email}
        key={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <div>
        <SubmitButton pendingText={t("sending")}>{t("sendLink")}</SubmitButton>
      </div>
    </form>
  );
}
