"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { commitmentStatusEnum, type CommitmentStatus } from "@/db/schema/council";
import type { FormAction } from "@/lib/auth/action";

/** Changes one commitment's status; the version guards against a change in between. */
export function CommitmentStatusForm({
  action,
  id,
  version,
  status,
  description,
}: {
  action: FormAction;
  id: string;
  version: number;
  status: CommitmentStatus;
  description: string;
}) {
  const t = useTranslations("commitments");
  const form = useFormAction(action);
  const values = form.values ?? {};
  const errors = form.errors;
  // No error summary: one of these forms per row or card, so a summary would repeat the message under its field.
  return (
    <Form form={form} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div key={`${version}-${form.formKey}`} className="flex flex-col gap-2">
        <Select
          name="status"
          id={`status-${id}`}
          label={t("statusFor", { description })}
          options={commitmentStatusEnum.enumValues.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          defaultValue={values.status ?? status}
          error={errors.status}
        />
        <Field
          name="deliveredOn"
          id={`delivered-${id}`}
          type="date"
          label={t("deliveredOn")}
          hint={t("deliveredOnHint")}
          defaultValue={values.deliveredOn ?? ""}
          error={errors.deliveredOn}
        />
      </div>
      <div>
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("saveStatus")}
        </SubmitButton>
      </div>
      <FormSaved form={form}>{t("statusSaved")}</FormSaved>
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
    </Form>
  );
}
