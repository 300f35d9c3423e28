"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { recordOutcomeAction } from "@/app/(app)/participants/actions";

export function OutcomeForm({ participantId }: { participantId: string }) {
  const t = useTranslations("participants.outcome");
  const tf = useTranslations("participants.form");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(recordOutcomeAction, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 rounded border border-line p-4">
      <input type="hidden" name="id" value={participantId} />
      <div key={JSON.stringify(state)} className="flex flex-col gap-3">
        <Select
          id="outcome-timepoint"
          name="timepoint"
          label={t("timepoint")}
          options={(["programme_end", "one_year"] as const).map((v) => ({ value: v, label: t(`timepoints.${v}`) }))}
          defaultValue={values.timepoint}
          error={errors.timepoint}
        />
        <Select
          id="outcome-outcome"
          name="outcome"
          label={t("outcome")}
          placeholder=""
          options={(["work", "education", "both", "neither"] as const).map((v) => ({
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
      <ErrorSummary
        title={te("summaryTitle")}
        errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [`outcome-${k}`, v]))}
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
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
