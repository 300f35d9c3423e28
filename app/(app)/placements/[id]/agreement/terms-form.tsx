"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { supportSchemeEnum } from "@/db/schema/pipeline";
import { saveTermsAction } from "../../actions";

/** "none" first, then the schemes the schema knows. */
const SCHEMES = ["none", ...supportSchemeEnum.enumValues] as const;

interface TermsFormProps {
  placementId: string;
  version: number;
  defaults: Record<string, string>;
  staff: { value: string; label: string }[];
  /** Saving changes someone has confirmed clears the confirmations: say so before they save. */
  hasConfirmations: boolean;
}

export function TermsForm({ placementId, version, defaults, staff, hasConfirmations }: TermsFormProps) {
  const t = useTranslations("placements.agreement");
  const form = useFormAction(saveTermsAction);
  const v = { ...defaults, ...(form.values ?? {}) };
  const errors = form.errors;
  const labels = {
    tasks: t("tasks"),
    mentorName: t("mentorName"),
    startsOn: t("startsOn"),
    endsOn: t("endsOn"),
    hoursPerWeek: t("hoursPerWeek"),
    followUpPlan: t("followUpPlan"),
    supportScheme: t("supportScheme"),
    municipalityContactId: t("municipalityContact"),
  };
  return (
    <Form form={form} summary={{ labels: labels }} noValidate className="no-print flex max-w-3xl flex-col gap-5">
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="version" value={version} />
      <p>{t("formLead")}</p>
      <div key={form.formKey} className="flex flex-col gap-5">
        <Textarea
          name="tasks"
          label={labels.tasks}
          hint={t("tasksHint")}
          rows={4}
          defaultValue={v.tasks}
          error={errors.tasks}
        />
        <Field
          name="mentorName"
          label={labels.mentorName}
          hint={t("mentorHint")}
          defaultValue={v.mentorName}
          error={errors.mentorName}
          autoComplete="off"
        />
        <div className="flex flex-col gap-5 sm:flex-row">
          <Field
            name="startsOn"
            type="date"
            label={labels.startsOn}
            className="max-w-56"
            defaultValue={v.startsOn}
            error={errors.startsOn}
          />
          <Field
            name="endsOn"
            type="date"
            label={labels.endsOn}
            optionalText={t("optional")}
            className="max-w-56"
            defaultValue={v.endsOn}
            error={errors.endsOn}
          />
        </div>
        <Field
          name="hoursPerWeek"
          inputMode="numeric"
          label={labels.hoursPerWeek}
          hint={t("hoursHint")}
          className="max-w-40"
          defaultValue={v.hoursPerWeek}
          error={errors.hoursPerWeek}
        />
        <Textarea
          name="followUpPlan"
          label={labels.followUpPlan}
          hint={t("followUpPlanHint")}
          rows={3}
          defaultValue={v.followUpPlan}
          error={errors.followUpPlan}
        />
        <Select
          name="supportScheme"
          label={labels.supportScheme}
          options={SCHEMES.map((s) => ({ value: s, label: t(`schemes.${s}`) }))}
          defaultValue={v.supportScheme}
          error={errors.supportScheme}
        />
        <Select
          name="municipalityContactId"
          label={labels.municipalityContactId}
          hint={t("contactHint")}
          placeholder={t("chooseContact")}
          options={staff}
          defaultValue={v.municipalityContactId}
          error={errors.municipalityContactId}
        />
      </div>
      {hasConfirmations && <Alert tone="info">{t("resetWarning")}</Alert>}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}
