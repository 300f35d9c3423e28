"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, Section } from "@/components/events/form-parts";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { educationLevelEnum } from "@/db/schema/participants";
import type { FormAction } from "@/lib/auth/action";
import { EVENT_KINDS } from "@/lib/events/rules";
import { cohostField } from "@/lib/events/schemas";

type Props = {
  action: FormAction;
  initial: Record<string, string>;
  cohostOptions: { id: string; name: string }[];
  cancelHref: string;
};

export function EventForm({ action, initial, cohostOptions, cancelHref }: Props) {
  const t = useTranslations("events");
  const tf = useTranslations("events.form");
  const form = useFormAction(action);
  const values = form.values ?? initial;
  const errors = form.errors;
  const [kind, setKind] = useState(values.kind);
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  const optional = tf("optional");
  // The fair-only section follows the chosen kind; disabled fields are not sent.
  const onKind = (e: FormEvent<HTMLDivElement>) => {
    const input = e.target as HTMLInputElement;
    if (input.name === "kind") setKind(input.value);
  };
  const fair = kind === "career_fair";

  return (
    <Form form={form} summary noValidate className="flex max-w-3xl flex-col gap-6">
      <p>{tf("optionalNote")}</p>
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      <div key={form.formKey} className="flex flex-col gap-6">
        <Section title={tf("about")}>
          <div onChange={onKind}>
            <RadioGroup
              name="kind"
              legend={tf("kind")}
              options={EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              defaultValue={values.kind}
              error={errors.kind}
            />
          </div>
          <Field label={tf("title")} hint={tf("titleHint")} autoComplete="off" {...field("title")} />
          <Textarea
            label={tf("description")}
            hint={tf("descriptionHint")}
            optionalText={optional}
            {...field("description")}
          />
        </Section>
        <Section title={tf("when")}>
          <Field label={tf("date")} type="date" className="max-w-56" {...field("date")} />
          <div className="flex flex-wrap gap-4">
            <Field
              label={tf("startTime")}
              hint={tf("timeHint")}
              type="time"
              className="max-w-40"
              {...field("startTime")}
            />
            <Field label={tf("endTime")} hint={tf("timeHint")} type="time" className="max-w-40" {...field("endTime")} />
          </div>
          <Field label={tf("venue")} hint={tf("venueHint")} {...field("venue")} />
        </Section>
        <Section title={tf("registration")}>
          <Field
            label={tf("capacity")}
            hint={tf("capacityHint")}
            optionalText={optional}
            inputMode="numeric"
            className="max-w-40"
            {...field("capacity")}
          />
          <Field
            label={tf("registrationOpens")}
            hint={tf("opensHint")}
            optionalText={optional}
            type="date"
            className="max-w-56"
            {...field("registrationOpens")}
          />
          <Field
            label={tf("registrationCloses")}
            hint={tf("closesHint")}
            optionalText={optional}
            type="date"
            className="max-w-56"
            {...field("registrationCloses")}
          />
          <Select
            label={tf("minEducation")}
            hint={tf("minEducationHint")}
            options={[
              { value: "", label: tf("noRequirement") },
              ...educationLevelEnum.enumValues
                .filter((l) => l !== "none")
                .map((l) => ({ value: l, label: t(`minEducation.${l}`) })),
            ]}
            {...field("minEducation")}
          />
        </Section>
        <Section title={tf("fair")} hint={tf("fairHint")} hidden={!fair} disabled={!fair}>
          <Field
            label={tf("standCapacity")}
            hint={tf("standCapacityHint")}
            optionalText={optional}
            inputMode="numeric"
            className="max-w-40"
            {...field("standCapacity")}
          />
          <Field
            label={tf("interviewStart")}
            hint={tf("interviewStartHint")}
            optionalText={optional}
            type="time"
            className="max-w-40"
            {...field("interviewStart")}
          />
          <Field
            label={tf("interviewMinutes")}
            hint={tf("interviewMinutesHint")}
            optionalText={optional}
            inputMode="numeric"
            className="max-w-40"
            {...field("interviewMinutes")}
          />
          <Field
            label={tf("interviewRounds")}
            hint={tf("interviewRoundsHint")}
            optionalText={optional}
            inputMode="numeric"
            className="max-w-40"
            {...field("interviewRounds")}
          />
        </Section>
        <Section title={tf("cohosts")} hint={tf("cohostsHint")} id="cohosts">
          {errors.cohosts && <p className="text-sm font-semibold text-danger">{errors.cohosts}</p>}
          {cohostOptions.length === 0 && <p>{tf("noCohosts")}</p>}
          {cohostOptions.map((o) => (
            <Checkbox key={o.id} name={cohostField(o.id)} label={o.name} checked={values[cohostField(o.id)] === "on"} />
          ))}
        </Section>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={tf("saving")}>{tf("save")}</SubmitButton>
        <Link href={cancelHref}>{tf("cancel")}</Link>
      </div>
    </Form>
  );
}
