"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/auth/action";

type Option = { value: string; label: string };
type Props = {
  action: FormAction;
  initial: Record<string, string>;
  organizations: Option[];
  /** Each labelled with its organization; the server checks the person belongs to the chosen one. */
  people: Option[];
  meetings: Option[];
};

export function ActionItemForm({ action, initial, organizations, people, meetings }: Props) {
  const t = useTranslations("actionItems.form");
  const form = useFormAction(action);
  const values = form.values ?? initial;
  const errors = form.errors;
  const field = (name: string) => ({ name, label: t(name), defaultValue: values[name] ?? "", error: errors[name] });

  return (
    <Form form={form} summary noValidate className="flex max-w-3xl flex-col gap-6">
      <div key={form.formKey} className="flex flex-col gap-6">
        <Field hint={t("titleHint")} autoComplete="off" {...field("title")} />
        <Select placeholder={t("chooseOrg")} options={organizations} {...field("ownerOrgId")} />
        <Select
          hint={t("personHint")}
          optionalText={t("optional")}
          options={[{ value: "", label: t("noPerson") }, ...people]}
          {...field("ownerRepresentativeId")}
        />
        <Field hint={t("dueHint")} type="date" className="max-w-56" {...field("dueOn")} />
        <Select
          hint={t("meetingHint")}
          optionalText={t("optional")}
          options={[{ value: "", label: t("noMeeting") }, ...meetings]}
          {...field("meetingId")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
        <Link href="/council/actions">{t("cancel")}</Link>
      </div>
    </Form>
  );
}
