"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { FormState } from "@/lib/auth/action";

type Option = { value: string; label: string };
type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  organizations: Option[];
  /** Each labelled with its organization; the server checks the person belongs to the chosen one. */
  people: Option[];
  meetings: Option[];
};

export function ActionItemForm({ action, initial, organizations, people, meetings }: Props) {
  const t = useTranslations("actionItems.form");
  const [state, formAction] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const field = (name: string) => ({ name, label: t(name), defaultValue: values[name] ?? "", error: errors[name] });

  return (
    <form action={formAction} noValidate className="flex max-w-3xl flex-col gap-6">
      <div key={JSON.stringify(state.values ?? null)} className="flex flex-col gap-6">
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
      <FormErrors errors={errors} formError={state.formError} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
        <Link href="/council/actions">{t("cancel")}</Link>
      </div>
    </form>
  );
}
