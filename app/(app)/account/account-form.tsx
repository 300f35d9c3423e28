"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { saveAccountAction, signOutEverywhereAction } from "./actions";

type Values = { name: string; locale: string };

export function AccountForm({ initial }: { initial: Values }) {
  const t = useTranslations("account");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(saveAccountAction, {});
  const values: Values = state.ok || !state.values ? initial : { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const labels = { name: t("name"), locale: t("language") };
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4">
      <div key={JSON.stringify(values)} className="flex flex-col gap-4">
        <Field
          name="name"
          label={labels.name}
          hint={t("nameHint")}
          autoComplete="name"
          defaultValue={values.name}
          error={errors.name}
        />
        <Select
          name="locale"
          label={labels.locale}
          options={[
            { value: "nb", label: t("languages.nb") },
            { value: "en", label: t("languages.en") },
          ]}
          defaultValue={values.locale}
          error={errors.locale}
        />
      </div>
      <ErrorSummary title={te("summaryTitle")} errors={state.fieldErrors} labels={labels} />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      {state.ok && (
        <Alert tone="success" role="status">
          {t("saved")}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

export function SignOutEverywhereForm() {
  const t = useTranslations("account");
  const [state, formAction] = useActionState(signOutEverywhereAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      <div>
        <SubmitButton variant="secondary" pendingText={t("signingOut")}>
          {t("signOutEverywhere")}
        </SubmitButton>
      </div>
    </form>
  );
}
