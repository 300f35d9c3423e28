"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { giveConsentAction, withdrawConsentAction } from "@/app/(app)/participants/actions";

const SCOPES = ["share_employers", "share_fair_exhibitors", "contact_email"] as const;
const METHODS = ["signed_form", "verbal_interpreter", "digital"] as const;

export function GiveConsentForm({ participantId, today }: { participantId: string; today: string }) {
  const t = useTranslations("participants.consent");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(giveConsentAction, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 rounded border border-line p-4">
      <h3 className="text-lg font-semibold">{t("record")}</h3>
      <input type="hidden" name="id" value={participantId} />
      <div key={JSON.stringify(state)} className="flex flex-col gap-3">
        <Select
          id="consent-scope"
          name="scope"
          label={t("scope")}
          options={SCOPES.map((s) => ({ value: s, label: t(`scopes.${s}`) }))}
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
          options={METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
          defaultValue={values.method ?? ""}
          error={errors.method}
        />
      </div>
      <ErrorSummary
        title={te("summaryTitle")}
        errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [`consent-${k}`, v]))}
      />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      {state.ok && (
        <Alert tone="success" role="status">
          {t("savedGiven")}
        </Alert>
      )}
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

/** Withdrawing asks first, in words that name the consent and the person. */
export function WithdrawConsentButton({
  participantId,
  consentId,
  question,
}: {
  participantId: string;
  consentId: string;
  question: string;
}) {
  const t = useTranslations("participants.consent");
  const tf = useTranslations("participants.form");
  const [asking, setAsking] = useState(false);
  const [state, formAction] = useActionState(withdrawConsentAction, {});
  if (state.ok)
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
    <form
      action={formAction}
      className="flex flex-col gap-2 rounded border-2 border-danger p-3"
      role="group"
      aria-label={question}
    >
      <p className="font-semibold">{question}</p>
      <input type="hidden" name="id" value={participantId} />
      <input type="hidden" name="consentId" value={consentId} />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      <div className="flex gap-3">
        <SubmitButton>{t("withdraw")}</SubmitButton>
        <Button type="button" variant="link" onClick={() => setAsking(false)}>
          {tf("cancel")}
        </Button>
      </div>
    </form>
  );
}
