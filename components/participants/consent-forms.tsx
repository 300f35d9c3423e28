"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { consentMethodEnum } from "@/db/schema/follow-up";
import type { FormAction } from "@/lib/auth/action";
import { CONSENT_SCOPES } from "@/lib/consents/rules";

/** `action` records the consent (app/(app)/participants/actions). */
export function GiveConsentForm({
  participantId,
  today,
  action,
}: {
  participantId: string;
  today: string;
  action: FormAction;
}) {
  const t = useTranslations("participants.consent");
  const form = useFormAction(action);
  const values = form.values ?? {};
  const errors = form.errors;
  return (
    <Form
      form={form}
      summary={{ ids: (k) => `consent-${k}` }}
      noValidate
      className="flex flex-col gap-3 rounded border border-line p-4"
    >
      <h3 className="text-lg font-semibold">{t("record")}</h3>
      <input type="hidden" name="id" value={participantId} />
      <div key={form.answerKey} className="flex flex-col gap-3">
        <Select
          id="consent-scope"
          name="scope"
          label={t("scope")}
          options={CONSENT_SCOPES.map((s) => ({ value: s, label: t(`scopes.${s}`) }))}
          defaultValue={values.scope}
          error={errors.scope}
        />
        <Field
          id="consent-givenOn"
          name="givenOn"
          type="date"
          label={t("date")}
          defaultValue={values.givenOn ?? today}
          error={errors.givenOn}
          className="max-w-56"
        />
        <Select
          id="consent-method"
          name="method"
          label={t("method")}
          placeholder=""
          options={consentMethodEnum.enumValues.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
          defaultValue={values.method ?? ""}
          error={errors.method}
        />
      </div>
      <FormSaved form={form}>{t("savedGiven")}</FormSaved>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}

/** Withdrawing asks first, in words that name the consent and the person. */
export function WithdrawConsentButton({
  participantId,
  consentId,
  question,
  action,
}: {
  participantId: string;
  consentId: string;
  question: string;
  /** The withdrawal, from app/(app)/participants/actions. */
  action: FormAction;
}) {
  const t = useTranslations("participants.consent");
  const tf = useTranslations("participants.form");
  const [asking, setAsking] = useState(false);
  const form = useFormAction(action);
  if (form.ok)
    return (
      <Alert tone="success" role="status">
        {t("savedWithdrawn")}
      </Alert>
    );
  if (!asking) {
    return (
      <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
        {t("withdraw")}
      </Button>
    );
  }
  return (
    <Form
      form={form}
      className="flex flex-col gap-2 rounded border-2 border-danger p-3"
      role="group"
      aria-label={question}
    >
      <p className="font-semibold">{question}</p>
      <input type="hidden" name="id" value={participantId} />
      <input type="hidden" name="consentId" value={consentId} />
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div className="flex gap-3">
        <SubmitButton>{t("withdraw")}</SubmitButton>
        <Button type="button" variant="link" onClick={() => setAsking(false)}>
          {tf("cancel")}
        </Button>
      </div>
    </Form>
  );
}
