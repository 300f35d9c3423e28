"use client";
import { useTranslations } from "next-intl";
import { Checkbox, Section } from "@/components/events/form-parts";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { OccupationInput } from "@/components/ui/occupation-input";
import type { FormAction } from "@/lib/auth/action";
import { OCCUPATION_ROWS, occupationField, slotField } from "@/lib/stands/schemas";

type Props = {
  action: FormAction;
  initial: Record<string, string>;
  slots: { id: string; title: string; status: string }[];
  registered: boolean;
};

/** The employer's stand: people, occupations, slots they bring, interview tables. */
export function StandForm({ action, initial, slots, registered }: Props) {
  const t = useTranslations("stands.form");
  const form = useFormAction(action);
  const values = form.values ?? initial;
  const errors = form.errors;
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  const optional = t("optional");
  return (
    <Form form={form} summary noValidate className="flex max-w-3xl flex-col gap-6">
      <input type="hidden" name="eventId" value={values.eventId} />
      <div key={form.formKey} className="flex flex-col gap-6">
        <Section title={t("people")}>
          <Field
            label={t("representatives")}
            hint={t("representativesHint")}
            inputMode="numeric"
            className="max-w-40"
            {...field("representatives")}
          />
          <Field
            label={t("tables")}
            hint={t("tablesHint")}
            inputMode="numeric"
            className="max-w-40"
            {...field("tables")}
          />
        </Section>
        <Section title={t("occupations")} hint={t("occupationsHint")}>
          {Array.from({ length: OCCUPATION_ROWS }, (_, i) => (
            <OccupationInput
              key={i}
              label={t("occupationN", { n: i + 1 })}
              optionalText={i === 0 ? undefined : optional}
              {...field(occupationField(i))}
            />
          ))}
        </Section>
        <Section title={t("slots")} hint={t("slotsHint")} id="slots">
          {errors.slots && <p className="text-sm font-semibold text-danger">{errors.slots}</p>}
          {slots.length === 0 && <p>{t("noSlots")}</p>}
          {slots.map((s) => (
            <Checkbox key={s.id} name={slotField(s.id)} label={s.title} checked={values[slotField(s.id)] === "on"} />
          ))}
        </Section>
      </div>
      <div>
        <SubmitButton pendingText={t("saving")}>{registered ? t("update") : t("register")}</SubmitButton>
      </div>
    </Form>
  );
}
