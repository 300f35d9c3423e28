"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/auth/action";
import { educationLevelEnum, participantStatusEnum, programmeTrackEnum } from "@/db/schema/participants";
import { LanguageRows, NorwegianLevels, OccupationRows, Section } from "./form-sections";

type Props = {
  action: FormAction;
  initial: Record<string, string>;
  staff: { value: string; label: string }[];
  cancelHref: string;
};

export function ParticipantForm({ action, initial, staff, cancelHref }: Props) {
  const t = useTranslations("participants");
  const tf = useTranslations("participants.form");
  const form = useFormAction(action);
  const values = form.values ?? initial;
  const errors = form.errors;
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  const optional = tf("optional");

  return (
    <Form form={form} summary noValidate className="flex max-w-3xl flex-col gap-6">
      <p>{tf("optionalNote")}</p>
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      <div key={form.formKey} className="flex flex-col gap-6">
        <Section title={tf("person")}>
          <Field label={tf("firstName")} autoComplete="off" {...field("firstName")} />
          <Field label={tf("lastName")} autoComplete="off" {...field("lastName")} />
          <Field
            label={tf("birthYear")}
            hint={tf("birthYearHint")}
            inputMode="numeric"
            className="max-w-40"
            {...field("birthYear")}
          />
          <Field label={tf("email")} type="email" optionalText={optional} {...field("email")} />
          <Field label={tf("phone")} type="tel" hint={tf("phoneHint")} optionalText={optional} {...field("phone")} />
          <Field
            label={tf("countryOfOrigin")}
            hint={tf("countryHint")}
            optionalText={optional}
            {...field("countryOfOrigin")}
          />
          <Field label={tf("externalId")} optionalText={optional} {...field("externalId")} />
        </Section>
        <Section title={tf("language")}>
          <NorwegianLevels values={values} errors={errors} />
          <LanguageRows values={values} errors={errors} />
        </Section>
        <Section title={tf("educationLegend")}>
          <Select
            label={tf("educationLevel")}
            options={educationLevelEnum.enumValues.map((e) => ({ value: e, label: t(`education.${e}`) }))}
            {...field("educationLevel")}
          />
          <Field label={tf("educationField")} optionalText={optional} {...field("educationField")} />
          <OccupationRows kind="experience" values={values} errors={errors} />
        </Section>
        <Section title={tf("wishesLegend")} hint={tf("wishesHint")}>
          <OccupationRows kind="wishes" values={values} errors={errors} />
        </Section>
        <Section title={tf("availability")}>
          <div className="flex items-center gap-2">
            <input
              id="drivingLicence"
              name="drivingLicence"
              type="checkbox"
              defaultChecked={values.drivingLicence === "on"}
              className="h-5 w-5"
            />
            <label htmlFor="drivingLicence">{tf("drivingLicence")}</label>
          </div>
          <Field
            label={tf("hoursPerWeek")}
            hint={tf("hoursHint")}
            inputMode="numeric"
            optionalText={optional}
            className="max-w-40"
            {...field("hoursPerWeek")}
          />
          <Field
            label={tf("availableFrom")}
            type="date"
            optionalText={optional}
            className="max-w-56"
            {...field("availableFrom")}
          />
          <Field label={tf("area")} optionalText={optional} {...field("area")} />
        </Section>
        <Section title={tf("programme")}>
          <Select
            label={tf("programmeTrack")}
            options={programmeTrackEnum.enumValues.map((v) => ({ value: v, label: t(`tracks.${v}`) }))}
            {...field("programmeTrack")}
          />
          <Field label={tf("programmeStart")} type="date" className="max-w-56" {...field("programmeStart")} />
          <Field label={tf("programmeEnd")} type="date" className="max-w-56" {...field("programmeEnd")} />
          <Select
            label={tf("statusLabel")}
            options={participantStatusEnum.enumValues.map((v) => ({ value: v, label: t(`statuses.${v}`) }))}
            {...field("status")}
          />
          <Select
            label={tf("assignedTo")}
            hint={tf("assignedHint")}
            placeholder={tf("nobody")}
            optionalText={optional}
            options={staff}
            {...field("assignedTo")}
          />
        </Section>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={tf("saving")}>{tf("save")}</SubmitButton>
        <Link href={cancelHref}>{tf("cancel")}</Link>
      </div>
    </Form>
  );
}
