"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { RadioGroup } from "@/components/ui/radio-group";
import { Textarea } from "@/components/ui/textarea";
import type { PlacementStage } from "@/db/schema/pipeline";
import type { FormAction } from "@/lib/auth/action";
import { needsReason, OUTCOMES } from "@/lib/placements/rules";

interface MoveFormProps {
  id: string;
  version: number;
  to: PlacementStage;
  /** The staff's move or the employer's answer, passed in by the page. */
  action: FormAction;
  label: string;
  /** For moves that close the placement: asked first, in words that name it. */
  question?: string;
  /** The reason field's question, when the page asks it in its own words (the employer's own refusal). */
  reasonHint?: string;
  returnTo?: string;
}

/** One move of a placement, with the fields that move needs (reason, outcome or interview time). */
export function MoveForm({ id, version, to, action, label, question, reasonHint, returnTo }: MoveFormProps) {
  const t = useTranslations("placements.move");
  const form = useFormAction(action);
  const [asking, setAsking] = useState(false);
  const values = form.values ?? {};
  const errors = form.errors;
  const askReason = needsReason(to);
  const fieldId = (name: string) => `${to}-${name}`;
  if (question && !asking) {
    return (
      <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  const hasFields = askReason || to === "completed" || to === "interview" || to === "withdrawn";
  return (
    <Form
      form={form}
      summary={{ ids: (k) => (k === "outcome" ? k : fieldId(k)) }}
      noValidate
      className={hasFields || question ? "flex flex-col gap-3 rounded border-2 border-line p-4" : ""}
      aria-label={question ?? label}
    >
      {question && <p className="font-semibold">{question}</p>}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <div key={form.formKey} className="flex flex-col gap-3">
        {to === "interview" && (
          <Field
            id={fieldId("interviewAt")}
            name="interviewAt"
            type="datetime-local"
            label={t("interviewAt")}
            hint={t("interviewAtHint")}
            defaultValue={values.interviewAt ?? ""}
            error={errors.interviewAt}
            className="max-w-72"
          />
        )}
        {to === "completed" && (
          <RadioGroup
            name="outcome"
            legend={t("outcome")}
            options={OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
            defaultValue={values.outcome}
            error={errors.outcome}
          />
        )}
        {askReason && (
          <Textarea
            id={fieldId("reason")}
            name="reason"
            rows={2}
            label={t("reason")}
            hint={reasonHint ?? t(`reasonHint.${to}`)}
            defaultValue={values.reason ?? ""}
            error={errors.reason}
          />
        )}
        {(to === "withdrawn" || to === "interview" || to === "completed") && (
          <Textarea
            id={fieldId("note")}
            name="note"
            rows={2}
            label={t("note")}
            optionalText={t("optional")}
            hint={to === "interview" ? t("noteHint.interview") : undefined}
            defaultValue={values.note ?? ""}
            error={errors.note}
          />
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant={question || hasFields ? "primary" : "secondary"} pendingText={t("saving")}>
          {label}
        </SubmitButton>
        {question && (
          <Button type="button" variant="link" onClick={() => setAsking(false)}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </Form>
  );
}
