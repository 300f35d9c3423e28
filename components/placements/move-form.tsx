"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Textarea } from "@/components/ui/textarea";
import { moveAction } from "@/app/(app)/placements/actions";
import { answerAction } from "@/app/(app)/proposals/actions";
import type { PlacementStage } from "@/db/schema/pipeline";

const OUTCOMES = ["hired", "education", "extended", "ended"] as const;

interface MoveFormProps {
  id: string;
  version: number;
  to: PlacementStage;
  actor: "staff" | "employer";
  label: string;
  /** For moves that close the placement: asked first, in words that name it. */
  question?: string;
  returnTo?: string;
}

/** One move of a placement, with the fields that move needs (reason, outcome or interview time). */
export function MoveForm({ id, version, to, actor, label, question, returnTo }: MoveFormProps) {
  const t = useTranslations("placements.move");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(actor === "staff" ? moveAction : answerAction, {});
  const [asking, setAsking] = useState(false);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const needsReason = to === "declined_by_employer" || to === "declined_by_participant";
  const fieldId = (name: string) => `${to}-${name}`;
  if (question && !asking) {
    return (
      <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  const hasFields = needsReason || to === "completed" || to === "interview" || to === "withdrawn";
  return (
    <form
      action={formAction}
      noValidate
      className={hasFields || question ? "flex flex-col gap-3 rounded border-2 border-line p-4" : ""}
      aria-label={question ?? label}
    >
      {question && <p className="font-semibold">{question}</p>}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <div key={JSON.stringify(state.values ?? null)} className="flex flex-col gap-3">
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
        {needsReason && (
          <Textarea
            id={fieldId("reason")}
            name="reason"
            rows={2}
            label={t("reason")}
            hint={t(`reasonHint.${to}`)}
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
            defaultValue={values.note ?? ""}
            error={errors.note}
          />
        )}
      </div>
      <ErrorSummary
        title={te("summaryTitle")}
        errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === "outcome" ? k : fieldId(k), v]))}
      />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
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
    </form>
  );
}
