"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { inviteOperatorAction } from "../actions";

const EMPTY = { name: "", email: "" };

export function InviteOperatorForm() {
  const t = useTranslations("admin.operators");
  const form = useFormAction(inviteOperatorAction);
  const values = form.values ? { ...EMPTY, ...form.values } : EMPTY;
  const labels = { name: t("name"), email: t("email") };
  return (
    <Form form={form} summary={{ labels }} noValidate className="flex max-w-xl flex-col gap-4">
      <div key={form.answerKey} className="flex flex-col gap-4">
        <Field name="name" label={labels.name} autoComplete="off" defaultValue={values.name} error={form.errors.name} />
        <Field
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          defaultValue={values.email}
          error={form.errors.email}
        />
      </div>
      <FormSaved form={form}>{form.message}</FormSaved>
      <div>
        <SubmitButton pendingText={t("inviting")}>{t("invite")}</SubmitButton>
      </div>
    </Form>
  );
}
