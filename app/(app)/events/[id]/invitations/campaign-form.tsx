"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { createCampaignAction } from "./actions";

type Option = { value: string; label: string };

export function CampaignForm({
  initial,
  industries,
  sizeBands,
}: {
  initial: Record<string, string>;
  industries: Option[];
  sizeBands: Option[];
}) {
  const t = useTranslations("invitations.form");
  const form = useFormAction(createCampaignAction);
  const values = form.values ?? initial;
  const errors = form.errors;
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  const optional = t("optional");
  return (
    <Form
      form={form}
      summary={{ labels: { subject: t("subject"), body: t("body"), extra: t("extra") } }}
      noValidate
      className="flex max-w-3xl flex-col gap-5"
    >
      <input type="hidden" name="eventId" value={initial.eventId} />
      <div key={form.formKey} className="flex flex-col gap-5">
        <Field label={t("subject")} hint={t("subjectHint")} autoComplete="off" {...field("subject")} />
        <Textarea label={t("body")} hint={t("bodyHint")} rows={12} {...field("body")} />
        <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
          <legend className="px-1 text-lg font-semibold">{t("segment")}</legend>
          <p className="text-sm text-muted">{t("segmentHint")}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <Select
              label={t("industry")}
              options={[{ value: "", label: t("allIndustries") }, ...industries]}
              {...field("industry")}
            />
            <Select
              label={t("sizeBand")}
              options={[{ value: "", label: t("allSizes") }, ...sizeBands]}
              {...field("sizeBand")}
            />
          </div>
        </fieldset>
        <Textarea label={t("extra")} hint={t("extraHint")} optionalText={optional} rows={4} {...field("extra")} />
      </div>
      <div>
        <SubmitButton pendingText={t("sending")}>{t("send")}</SubmitButton>
      </div>
    </Form>
  );
}
