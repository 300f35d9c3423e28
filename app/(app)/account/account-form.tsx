"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { saveAccountAction, signOutEverywhereAction } from "./actions";

type Values = { name: string; phone: string; locale: string };

export function AccountForm({ initial }: { initial: Values }) {
  const t = useTranslations("account");
  const form = useFormAction(saveAccountAction);
  const values: Values = form.values ? { ...initial, ...form.values } : initial;
  const errors = form.errors;
  const labels = { name: t("name"), phone: t("phone"), locale: t("language") };
  return (
    <Form form={form} summary={{ labels: labels }} noValidate className="flex max-w-xl flex-col gap-4">
      <div key={JSON.stringify(values)} className="flex flex-col gap-4">
        <Field
          name="name"
          label={labels.name}
          hint={t("nameHint")}
          autoComplete="name"
          defaultValue={values.name}
          error={errors.name}
        />
        <Field
          name="phone"
          type="tel"
          label={labels.phone}
          optionalText={t("optional")}
          hint={t("phoneHint")}
          autoComplete="tel"
          defaultValue={values.phone}
          error={errors.phone}
          className="max-w-72"
        />
        <Select
          name="locale"
          label={labels.locale}
          hint={t("languageHint")}
          options={[
            { value: "nb", label: t("languages.nb") },
            { value: "en", label: t("languages.en") },
          ]}
          defaultValue={values.locale}
          error={errors.locale}
        />
      </div>
      <FormSaved form={form}>{t("saved")}</FormSaved>
      <div>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}

export function SignOutEverywhereForm() {
  const t = useTranslations("account");
  const form = useFormAction(signOutEverywhereAction);
  return (
    <Form form={form} className="flex flex-col gap-3">
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div>
        <SubmitButton variant="secondary" pendingText={t("signingOut")}>
          {t("signOutEverywhere")}
        </SubmitButton>
      </div>
    </Form>
  );
}
