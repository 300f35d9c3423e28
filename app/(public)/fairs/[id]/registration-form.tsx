"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { OccupationInput } from "@/components/ui/occupation-input";
import { Select } from "@/components/ui/select";
import { educationLevelEnum } from "@/db/schema/participants";
import { CEFR_LEVELS } from "@/lib/participants/rules";
import { Checkbox } from "../checkbox";
import { registerForFairAction } from "./actions";

export function RegistrationForm({ eventId, rule }: { eventId: string; rule: string }) {
  const t = useTranslations("publicFair.form");
  const tp = useTranslations("publicFair");
  const form = useFormAction(registerForFairAction);
  const values = form.values ?? {};
  const errors = form.errors;
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  const optional = t("optional");
  const cefr = CEFR_LEVELS.map((l) => ({ value: l, label: tp(`cefr.${l}`) }));
  const labels: Record<string, string> = {
    name: t("name"),
    email: t("email"),
    phone: t("phone"),
    educationLevel: t("educationLevel"),
    educationField: t("educationField"),
    occupation0: t("occupation0"),
    occupation1: t("occupation1"),
    occupation2: t("occupation2"),
    norwegianLevel: t("norwegianLevel"),
    englishLevel: t("englishLevel"),
    countryOfOrigin: t("countryOfOrigin"),
    dataConsent: t("dataConsentLabel"),
  };

  return (
    <Form form={form} summary={{ labels: labels }} noValidate className="flex max-w-3xl flex-col gap-6">
      <p>{t("intro")}</p>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="rule" value={rule} />
      <div key={form.formKey} className="flex flex-col gap-6">
        <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
          <legend className="px-1 text-lg font-semibold">{t("aboutYou")}</legend>
          <Field label={labels.name} autoComplete="name" {...field("name")} />
          <Field label={labels.email} hint={t("emailHint")} type="email" autoComplete="email" {...field("email")} />
          <Field
            label={labels.phone}
            hint={t("phoneHint")}
            type="tel"
            autoComplete="tel"
            optionalText={optional}
            className="max-w-xs"
            {...field("phone")}
          />
        </fieldset>
        <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
          <legend className="px-1 text-lg font-semibold">{t("educationAndWork")}</legend>
          <Select
            label={labels.educationLevel}
            hint={rule ? tp(`eligibility.${rule}`) : t("educationHint")}
            placeholder={t("choose")}
            options={educationLevelEnum.enumValues.map((l) => ({ value: l, label: tp(`education.${l}`) }))}
            {...field("educationLevel")}
          />
          <Field
            label={labels.educationField}
            hint={t("educationFieldHint")}
            optionalText={optional}
            {...field("educationField")}
          />
          <OccupationInput label={labels.occupation0} hint={t("occupationHint")} {...field("occupation0")} />
          <OccupationInput label={labels.occupation1} optionalText={optional} {...field("occupation1")} />
          <OccupationInput label={labels.occupation2} optionalText={optional} {...field("occupation2")} />
        </fieldset>
        <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
          <legend className="px-1 text-lg font-semibold">{t("languages")}</legend>
          <Select
            label={labels.norwegianLevel}
            hint={t("cefrHint")}
            placeholder={t("choose")}
            options={cefr}
            {...field("norwegianLevel")}
          />
          <Select
            label={labels.englishLevel}
            optionalText={optional}
            options={[{ value: "", label: t("noLevel") }, ...cefr]}
            {...field("englishLevel")}
          />
        </fieldset>
        <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
          <legend className="px-1 text-lg font-semibold">{t("countryTitle")}</legend>
          <p className="max-w-prose text-sm">{t("countryLead")}</p>
          <Field
            label={labels.countryOfOrigin}
            optionalText={optional}
            autoComplete="country-name"
            {...field("countryOfOrigin")}
          />
          <Checkbox name="countryConsent" label={t("countryConsent")} defaultChecked={values.countryConsent === "on"} />
        </fieldset>
        <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
          <legend className="px-1 text-lg font-semibold">{t("privacyTitle")}</legend>
          <div className="max-w-prose space-y-2 text-sm">
            <p>{t("privacy1")}</p>
            <p>{t("privacy2")}</p>
          </div>
          <Checkbox
            name="dataConsent"
            label={t("dataConsent")}
            error={errors.dataConsent}
            defaultChecked={values.dataConsent === "on"}
          />
          <Checkbox name="share" label={t("share")} hint={t("shareHint")} defaultChecked={values.share === "on"} />
        </fieldset>
      </div>
      <div>
        <SubmitButton pendingText={t("sending")}>{t("submit")}</SubmitButton>
      </div>
    </Form>
  );
}
