"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { outcomeEnum, outcomeTimepointEnum } from "@/db/schema/participants";
import type { FormAction } from "@/lib/auth/action";

/** `action` records the outcome (app/(app)/participants/actions). */
export function OutcomeForm({ participantId, action }: { participantId: string; action: FormAction }) {
  const t = useTranslations("participants.outcome");
  const tf = useTranslations("participants.form");
  const form = useFormAction(action);
  const values = form.values ?? {};
  const errors = form.errors;
  return (
    <Form
      form={form}
      summary={{ ids: (k) => `outcome-${k}` }}
      noValidate
      className="flex flex-col gap-3 rounded border border-line p-4"
    >
      <input type="hidden" name="id" value={participantId} />
      <div key={form.answerKey} className="flex flex-col gap-3">
        <Select
          id="outcome-timepoint"
          name="timepoint"
          label={t("timepoint")}
          options={outcomeTimepointEnum.enumValues.map((v) => ({ value: v, label: t(`timepoints.${v}`) }))}
          defaultValue={values.timepoint}
          error={errors.timepoint}
        />
        <Select
          id="outcome-outcome"
          name="outcome"
          label={t("outcome")}
          placeholder=""
          options={outcomeEnum.enumValues.map((v) => ({
            value: v,
            label: t(`outcomes.${v}`),
          }))}
          defaultValue={values.outcome ?? ""}
          error={errors.outcome}
        />
        <Field
          id="outcome-reason"
          name="reason"
          label={t("reason")}
          hint={t("reasonHint")}
          optionalText={tf("optional")}
          defaultValue={values.reason}
          error={errors.reason}
        />
      </div>
      <FormSaved form={form}>{t("saved")}</FormSaved>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}
