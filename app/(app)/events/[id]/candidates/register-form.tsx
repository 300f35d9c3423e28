"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { registerParticipantAction } from "./actions";

type Choice = { id: string; name: string; hasConsent: boolean };

/** Registers one of the caller's participants; a refusal for missing consent links to where it is recorded. */
export function RegisterParticipantForm({ eventId, choices }: { eventId: string; choices: Choice[] }) {
  const t = useTranslations("fairCandidates.register");
  const tm = useTranslations("fairCandidates.messages");
  const form = useFormAction(registerParticipantAction);
  const chosen = form.values?.participantId;
  const refused = choices.find((c) => c.id === chosen && !c.hasConsent);
  const error = form.errors.participantId;
  return (
    <Form form={form} noValidate className="flex max-w-2xl flex-col gap-4 rounded border border-line p-4">
      <h2 className="text-xl font-semibold">{t("title")}</h2>
      <p className="max-w-prose">{t("lead")}</p>
      <input type="hidden" name="eventId" value={eventId} />
      <Select
        key={form.formKey}
        name="participantId"
        label={t("participant")}
        hint={t("participantHint")}
        placeholder={t("choose")}
        defaultValue={chosen ?? ""}
        error={error}
        options={choices.map((c) => ({
          value: c.id,
          label: c.hasConsent ? c.name : t("noConsentOption", { name: c.name }),
        }))}
      />
      {error && refused && (
        <p>
          <Link href={`/participants/${refused.id}#consents`}>{t("recordConsent", { name: refused.name })}</Link>
        </p>
      )}
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      {form.ok && form.message && (
        <Alert tone="success" role="status">
          {tm(form.message as "registered")}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </Form>
  );
}
