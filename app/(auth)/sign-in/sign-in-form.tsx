"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { requestMagicLinkAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const form = useFormAction(requestMagicLinkAction);
  return (
    <Form form={form} summary={{ labels: { email: t("email") } }} noValidate className="flex max-w-md flex-col gap-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        autoComplete="email"
        defaultValue={form.values?.email}
        key={form.values?.email}
        error={form.errors.email}
      />
      <div>
        <SubmitButton pendingText={t("sending")}>{t("sendLink")}</SubmitButton>
      </div>
    </Form>
  );
}
