"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { claimSetupAction } from "./actions";

const EMPTY = { name: "", email: "" };

/** Name and email of the first operator; afterwards only "check your email". */
export function SetupForm({ token }: { token: string }) {
  const t = useTranslations("admin.setup");
  const form = useFormAction(claimSetupAction);
  if (form.ok) {
    return (
      <Alert tone="success" role="status">
        {form.message}
      </Alert>
    );
  }
  const values = form.values ? { ...EMPTY, ...form.values } : EMPTY;
  const labels = { name: t("name"), email: t("email") };
  return (
    <Form form={form} summary={{ labels }} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <div key={form.formKey} className="flex flex-col gap-4">
        <Field
          name="name"
          label={labels.name}
          autoComplete="name"
          defaultValue={values.name}
          error={form.errors.name}
        />
        <Field
          name="email"
          type="email"
          label={labels.email}
          autoComplete="email"
          defaultValue={values.email}
          error={form.errors.email}
        />
      </div>
      <div>
        <SubmitButton pendingText={t("working")}>{t("submit")}</SubmitButton>
      </div>
    </Form>
  );
}
