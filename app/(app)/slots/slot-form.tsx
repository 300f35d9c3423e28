"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { OccupationInput } from "@/components/ui/occupation-input";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { slotKindEnum, supportSchemeEnum, type SlotStatus } from "@/db/schema/pipeline";
import type { FormAction } from "@/lib/auth/action";
import { CEFR_LEVELS } from "@/lib/participants/rules";

type Props = {
  action: FormAction;
  initial: Record<string, string>;
  /** Staff choose the employer; employers post for their own organization. */
  employers: { value: string; label: string }[] | null;
  statuses: SlotStatus[];
  cancelHref: string;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input id={name} name={name} type="checkbox" defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={name}>{label}</label>
    </div>
  );
}

export function SlotForm({ action, initial, employers, statuses, cancelHref }: Props) {
  const t = useTranslations("slots");
  const tf = useTranslations("slots.form");
  const tc = useTranslations("placements.cefr");
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
        <Section title={tf("about")}>
          {employers && (
            <Select
              label={tf("employerId")}
              hint={tf("employerHint")}
              placeholder={tf("chooseEmployer")}
              options={employers}
              {...field("employerId")}
            />
          )}
          <RadioGroup
            name="kind"
            legend={tf("kind")}
            inline
            options={slotKindEnum.enumValues.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            defaultValue={values.kind}
            error={errors.kind}
          />
          <Field label={tf("title")} hint={tf("titleHint")} autoComplete="off" {...field("title")} />
          <Textarea label={tf("description")} hint={tf("descriptionHint")} {...field("description")} />
          <OccupationInput label={tf("occupation")} hint={tf("occupationHint")} browse {...field("occupation")} />
          <Field
            label={tf("positions")}
            hint={tf("positionsHint")}
            inputMode="numeric"
            className="max-w-40"
            {...field("positions")}
          />
        </Section>
        <Section title={tf("requirements")}>
          <Select
            label={tf("norwegianRequired")}
            hint={tf("norwegianHint")}
            options={[
              { value: "", label: tf("noRequirement") },
              ...CEFR_LEVELS.map((l) => ({ value: l, label: `${l} – ${tc(`levels.${l}`)}` })),
            ]}
            {...field("norwegianRequired")}
          />
          <Checkbox
            name="requiresDrivingLicence"
            label={tf("requiresDrivingLicence")}
            checked={values.requiresDrivingLicence === "on"}
          />
          <Textarea
            label={tf("otherRequirements")}
            hint={tf("otherHint")}
            optionalText={optional}
            rows={3}
            {...field("otherRequirements")}
          />
        </Section>
        <Section title={tf("period")}>
          <Field label={tf("area")} hint={tf("areaHint")} optionalText={optional} {...field("area")} />
          <Field label={tf("startsOn")} type="date" className="max-w-56" {...field("startsOn")} />
          <Field
            label={tf("endsOn")}
            hint={tf("endsHint")}
            type="date"
            optionalText={optional}
            className="max-w-56"
            {...field("endsOn")}
          />
          <Field
            label={tf("hoursPerWeek")}
            hint={tf("hoursHint")}
            inputMode="numeric"
            className="max-w-40"
            {...field("hoursPerWeek")}
          />
        </Section>
        <Section title={tf("followUp")}>
          <Checkbox name="canLeadToJob" label={tf("canLeadToJob")} checked={values.canLeadToJob === "on"} />
          <Field
            label={tf("mentorName")}
            hint={tf("mentorHint")}
            optionalText={optional}
            autoComplete="off"
            {...field("mentorName")}
          />
          <fieldset className="flex flex-col gap-2">
            <legend className="font-semibold">{tf("schemes")}</legend>
            <p className="text-sm text-muted">{tf("schemesHint")}</p>
            {supportSchemeEnum.enumValues.map((s) => (
              <Checkbox
                key={s}
                name={`scheme_${s}`}
                label={t(`schemes.${s}`)}
                checked={values[`scheme_${s}`] === "on"}
              />
            ))}
          </fieldset>
          <RadioGroup
            name="status"
            legend={tf("statusLabel")}
            hint={tf("statusHint")}
            options={statuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            defaultValue={values.status}
            error={errors.status}
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
