"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { setContactPersonAction } from "./actions";

export function ContactPersonForm({
  employerId,
  current,
  staff,
}: {
  employerId: string;
  current: string | null;
  staff: { value: string; label: string }[];
}) {
  const t = useTranslations("employers.contact");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(setContactPersonAction, {});
  const value = state.ok || !state.values ? (current ?? "") : state.values.contactUserId;
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="id" value={employerId} />
      <Select
        key={value}
        name="contactUserId"
        label={t("label")}
        placeholder={t("choose")}
        options={staff}
        defaultValue={value}
        error={state.fieldErrors?.contactUserId}
      />
      <ErrorSummary title={te("summaryTitle")} errors={state.fieldErrors} labels={{ contactUserId: t("label") }} />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      {state.ok && (
        <Alert tone="success" role="status">
          {t("saved")}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
