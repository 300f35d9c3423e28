"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/auth/action";

type Props = {
  action: FormAction;
  members: { id: string; name: string }[];
  users: { id: string; name: string; organizationName: string }[];
};

/** The secretariat adds a named representative of a member organization. */
export function RepresentativeForm({ action, members, users }: Props) {
  const t = useTranslations("council.representatives");
  const form = useFormAction(action);
  const values = form.values ?? {};
  const errors = form.errors;
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  return (
    <Form form={form} summary noValidate className="flex max-w-2xl flex-col gap-4">
      <div key={form.message ?? form.formKey} className="flex flex-col gap-4">
        <Field label={t("name")} autoComplete="off" {...field("name")} />
        <Field label={t("email")} type="email" autoComplete="off" {...field("email")} />
        <Field label={t("jobTitle")} optionalText={t("optional")} {...field("title")} />
        <Select
          label={t("organization")}
          placeholder={t("chooseOrganization")}
          options={members.map((m) => ({ value: m.id, label: m.name }))}
          {...field("organizationId")}
        />
        <Select
          label={t("user")}
          hint={t("userHint")}
          optionalText={t("optional")}
          placeholder={t("noUser")}
          options={users.map((u) => ({ value: u.id, label: `${u.name} (${u.organizationName})` }))}
          {...field("userId")}
        />
      </div>
      {form.ok && form.message && (
        <Alert tone="success" role="status">
          {form.message}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("add")}</SubmitButton>
      </div>
    </Form>
  );
}
