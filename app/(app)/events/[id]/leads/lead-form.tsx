"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { LeadKind } from "@/db/schema/events";
import type { FormAction } from "@/lib/auth/action";
import { LEAD_KINDS } from "@/lib/leads/rules";

type Props = {
  action: FormAction;
  eventId: string;
  candidate: { id: string; name: string; participant: boolean };
  lead: { kind: LeadKind; note: string | null; placementId: string | null } | null;
  slots: { id: string; title: string }[];
};

/** The employer's evaluation of one candidate; several on a page, so every id carries the candidate's. */
export function LeadForm({ action, eventId, candidate, lead, slots }: Props) {
  const t = useTranslations("leads");
  const form = useFormAction(action);
  const values = form.values ?? { kind: lead?.kind ?? "", note: lead?.note ?? "", slotId: "" };
  const errors = form.errors;
  const id = (name: string) => `${name}-${candidate.id}`;
  const mayPlace = candidate.participant && !lead?.placementId && slots.length > 0;
  // No error summary: one of these forms per row or card, so a summary would repeat the message under its field.
  return (
    <Form form={form} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="candidateId" value={candidate.id} />
      <div key={form.formKey} className="flex flex-col gap-4">
        <Select
          id={id("kind")}
          name="kind"
          label={t("kind")}
          placeholder={t("choose")}
          options={LEAD_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          defaultValue={values.kind ?? ""}
          error={errors.kind}
        />
        <Textarea
          id={id("note")}
          name="note"
          label={t("note")}
          hint={t("noteHint")}
          optionalText={t("optional")}
          rows={3}
          defaultValue={values.note ?? ""}
          error={errors.note}
        />
        {mayPlace && (
          <Select
            id={id("slotId")}
            name="slotId"
            label={t("slot")}
            hint={t("slotHint")}
            optionalText={t("optional")}
            options={[{ value: "", label: t("noSlot") }, ...slots.map((s) => ({ value: s.id, label: s.title }))]}
            defaultValue={values.slotId ?? ""}
            error={errors.slotId}
          />
        )}
        {lead?.placementId && <p>{t("placementCreated")}</p>}
      </div>
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t("saving")}>
          {t("save")} <span className="sr-only">{t("saveFor", { name: candidate.name })}</span>
        </SubmitButton>
        <p role="status">{form.ok && t("saved", { name: candidate.name })}</p>
      </div>
    </Form>
  );
}
