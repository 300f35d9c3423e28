"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { commitmentStatusEnum, type CommitmentStatus } from "@/db/schema/council";
import type { FormState } from "@/lib/auth/action";

/** Changes one commitment's status; the version guards against a change in between. */
export function CommitmentStatusForm({
  action,
  id,
  version,
  status,
  description,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  id: string;
  version: number;
  status: CommitmentStatus;
  description: string;
}) {
  const t = useTranslations("commitments");
  const [state, formAction] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div key={`${version}-${JSON.stringify(state.values ?? null)}`} className="flex flex-col gap-2">
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
      {state.ok && (
        <Alert tone="success" role="status">
          {t("statusSaved")}
        </Alert>
      )}
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
    </form>
  );
}
