"use client";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { goalLevelEnum, goalMeasureEnum, goalMetricEnum, goalUnitEnum } from "@/db/schema/council";
import type { FormAction } from "@/lib/auth/action";

type Props = {
  action: FormAction;
  initial: Record<string, string>;
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

/** Create or edit a goal. The metric's own fields show only for a live measure. */
export function GoalForm({ action, initial, cancelHref }: Props) {
  const t = useTranslations("goals");
  const tf = useTranslations("goals.form");
  const form = useFormAction(action);
  const values = form.values ?? initial;
  const errors = form.errors;
  const [measure, setMeasure] = useState(values.measure ?? "live");
  const [metric, setMetric] = useState(values.metric ?? "");
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  const optional = tf("optional");

  return (
    <Form form={form} summary noValidate className="flex max-w-3xl flex-col gap-6">
      <p>{tf("optionalNote")}</p>
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      <div key={form.formKey} className="flex flex-col gap-6">
        <Section title={tf("about")}>
          <Field label={tf("title")} hint={tf("titleHint")} autoComplete="off" {...field("title")} />
          <Textarea label={tf("why")} optionalText={optional} rows={3} {...field("why")} />
          <RadioGroup
            name="level"
            legend={tf("level")}
            options={goalLevelEnum.enumValues.map((l) => ({
              value: l,
              label: `${t(`levels.${l}`)} — ${t(`levelHints.${l}`)}`,
            }))}
            defaultValue={values.level}
            error={errors.level}
          />
        </Section>
        <Section title={tf("measureTitle")}>
          <div onChange={(e) => setMeasure((e.target as HTMLInputElement).value)}>
            <RadioGroup
              name="measure"
              legend={tf("measure")}
              options={goalMeasureEnum.enumValues.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
              defaultValue={values.measure ?? "live"}
              error={errors.measure}
            />
          </div>
          {measure === "live" ? (
            <>
              <Select
                label={tf("metric")}
                hint={tf("metricHint")}
                placeholder={tf("chooseMetric")}
                options={goalMetricEnum.enumValues.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
                onChange={(e) => setMetric(e.target.value)}
                {...field("metric")}
              />
              {metric === "work_or_education_share" && (
                <Field
                  label={tf("months")}
                  hint={tf("monthsHint")}
                  inputMode="numeric"
                  className="max-w-40"
                  {...field("months")}
                />
              )}
              {metric === "internship_slots_posted" && (
                <div className="flex items-center gap-2">
                  <input
                    id="membersOnly"
                    name="membersOnly"
                    type="checkbox"
                    defaultChecked={values.membersOnly === "on"}
                    className="h-5 w-5"
                  />
                  <label htmlFor="membersOnly">{tf("membersOnly")}</label>
                </div>
              )}
            </>
          ) : (
            <Select
              label={tf("unit")}
              placeholder={tf("chooseUnit")}
              options={goalUnitEnum.enumValues.map((u) => ({ value: u, label: t(`unitNames.${u}`) }))}
              {...field("unit")}
            />
          )}
        </Section>
        <Section title={tf("figures")}>
          <Field
            label={tf("baseline")}
            hint={tf("baselineHint")}
            inputMode="decimal"
            className="max-w-56"
            {...field("baseline")}
          />
          <Field
            label={tf("target")}
            hint={tf("targetHint")}
            inputMode="decimal"
            className="max-w-56"
            {...field("target")}
          />
          <Field
            label={tf("startsOn")}
            hint={tf("startsOnHint")}
            type="date"
            className="max-w-56"
            {...field("startsOn")}
          />
          <Field label={tf("deadline")} type="date" className="max-w-56" {...field("deadline")} />
        </Section>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={tf("saving")}>{tf("save")}</SubmitButton>
        <Link href={cancelHref}>{tf("cancel")}</Link>
      </div>
    </Form>
  );
}
