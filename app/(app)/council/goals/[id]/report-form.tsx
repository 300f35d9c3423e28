"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/auth/action";

/** Reports a figure of a manual goal for the caller's organization. */
export function ReportForm({
  action,
  goalId,
  organization,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  goalId: string;
  organization: string;
}) {
  const t = useTranslations("goals.reports");
  const tf = useTranslations("goals.form");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(action, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  const field = (name: string) => ({
    name,
    id: `report-${name}`,
    defaultValue: values[name] ?? "",
    error: errors[name],
  });
  const labels = { value: t("value"), reportedFor: t("reportedFor"), note: t("note") };
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4" aria-labelledby="report-title">
      <h3 id="report-title" className="text-lg font-semibold">
        {t("formTitle")}
      </h3>
      <p>{t("formLead", { organization })}</p>
      <input type="hidden" name="goalId" value={goalId} />
      <div key={JSON.stringify(state)} className="flex flex-col gap-4">
        <Field label={t("value")} hint={t("valueHint")} inputMode="decimal" className="max-w-56" {...field("value")} />
        <Field
          label={t("reportedFor")}
          hint={t("reportedForHint")}
          type="date"
          className="max-w-56"
          {...field("reportedFor")}
        />
        <Field label={t("note")} hint={t("noteHint")} optionalText={tf("optional")} {...field("note")} />
      </div>
      <ErrorSummary
        title={te("summaryTitle")}
        errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [`report-${k}`, v]))}
        labels={Object.fromEntries(Object.entries(labels).map(([k, v]) => [`report-${k}`, v]))}
      />
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
        <SubmitButton pendingText={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
