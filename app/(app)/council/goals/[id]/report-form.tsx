"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

/** Reports a figure of a manual goal for the caller's organization. */
export function ReportForm({
  action,
  goalId,
  organization,
}: {
  action: FormAction;
  goalId: string;
  organization: string;
}) {
  const t = useTranslations("goals.reports");
  const tf = useTranslations("goals.form");
  const form = useFormAction(action);
  const values = form.values ?? {};
  const errors = form.errors;
  const field = (name: string) => ({
    name,
    id: `report-${name}`,
    defaultValue: values[name] ?? "",
    error: errors[name],
  });
  const labels = { value: t("value"), reportedFor: t("reportedFor"), note: t("note") };
  return (
    <Form
      form={form}
      summary={{ ids: (k) => `report-${k}`, labels: labels }}
      noValidate
      className="flex max-w-xl flex-col gap-4"
      aria-labelledby="report-title"
    >
      <h3 id="report-title" className="text-lg font-semibold">
        {t("formTitle")}
      </h3>
      <p>{t("formLead", { organization })}</p>
      <input type="hidden" name="goalId" value={goalId} />
      <div key={form.answerKey} className="flex flex-col gap-4">
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
      <FormSaved form={form}>{t("saved")}</FormSaved>
      <div>
        <SubmitButton pendingText={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </Form>
  );
}
