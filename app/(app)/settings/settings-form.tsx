"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { saveSettingsAction } from "./actions";

type Values = { retentionMonths: string; caseloadTarget: string; updatedAt: string };

export function SettingsForm({ initial }: { initial: Values }) {
  const t = useTranslations("retention.settings");
  const form = useFormAction(saveSettingsAction);
  // After a failed save the typed values come back; after a good one the page's fresh values apply.
  const values: Values = form.values ? { ...initial, ...form.values } : initial;
  const errors = form.errors;
  return (
    <Form
      form={form}
      summary={{ labels: { retentionMonths: t("retentionMonths"), caseloadTarget: t("caseloadTarget") } }}
      noValidate
      className="flex max-w-3xl flex-col gap-6"
    >
      <div key={JSON.stringify(values)} className="flex flex-col gap-6">
        <input type="hidden" name="updatedAt" value={values.updatedAt} />
        <section aria-labelledby="retention-heading" className="flex flex-col gap-3">
          <h2 id="retention-heading" className="text-xl font-semibold">
            {t("retentionHeading")}
          </h2>
          <p className="max-w-prose">{t("retentionInfo")}</p>
          <Field
            name="retentionMonths"
            label={t("retentionMonths")}
            hint={t("retentionHint")}
            inputMode="numeric"
            autoComplete="off"
            className="max-w-prose"
            defaultValue={values.retentionMonths}
            error={errors.retentionMonths}
          />
        </section>
        <section aria-labelledby="caseload-heading" className="flex flex-col gap-3">
          <h2 id="caseload-heading" className="text-xl font-semibold">
            {t("caseloadHeading")}
          </h2>
          <Field
            name="caseloadTarget"
            label={t("caseloadTarget")}
            hint={t("caseloadHint")}
            inputMode="numeric"
            autoComplete="off"
            className="max-w-prose"
            defaultValue={values.caseloadTarget}
            error={errors.caseloadTarget}
          />
        </section>
      </div>
      <FormSaved form={form}>{t("saved")}</FormSaved>
      <div>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}
