"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/auth/action";

export function ReassignForm({
  participantId,
  current,
  staff,
  action,
}: {
  participantId: string;
  current: string | null;
  staff: { value: string; label: string }[];
  /** The reassignment, from app/(app)/participants/actions. */
  action: FormAction;
}) {
  const t = useTranslations("participants.reassign");
  const form = useFormAction(action);
  return (
    <Form form={form} className="flex flex-col gap-3 rounded border border-line p-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <input type="hidden" name="id" value={participantId} />
      <Select
        id="reassign-to"
        name="assignedTo"
        label={t("to")}
        options={staff}
        defaultValue={current ?? ""}
        placeholder=""
        error={form.errorFor("assignedTo")}
      />
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <FormSaved form={form}>{t("saved")}</FormSaved>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}
