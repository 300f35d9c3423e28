"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { Textarea } from "@/components/ui/textarea";
import type { FormAction } from "@/lib/auth/action";

/** Adds a decision, or (with `decision`) changes one; the number follows the list. */
export function DecisionForm({
  action,
  meetingId,
  decision,
}: {
  action: FormAction;
  meetingId: string;
  decision?: { id: string; position: number; text: string };
}) {
  const t = useTranslations("meetings.decisions");
  const form = useFormAction(action);
  const name = decision ? `decision-${decision.id}` : "decision-new";
  return (
    <Form form={form} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      {decision && <input type="hidden" name="decisionId" value={decision.id} />}
      <Textarea
        id={name}
        name="text"
        rows={3}
        label={decision ? t("editLabel", { n: decision.position }) : t("newLabel")}
        hint={decision ? undefined : t("newHint")}
        defaultValue={form.values?.text ?? decision?.text ?? ""}
        error={form.errors.text}
      />
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div>
        <SubmitButton variant={decision ? "secondary" : "primary"} pendingText={t("saving")}>
          {decision ? t("save") : t("add")}
        </SubmitButton>
      </div>
    </Form>
  );
}
