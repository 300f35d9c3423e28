"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { reassignParticipantAction } from "@/app/(app)/participants/actions";

export function ReassignForm({
  participantId,
  current,
  staff,
}: {
  participantId: string;
  current: string | null;
  staff: { value: string; label: string }[];
}) {
  const t = useTranslations("participants.reassign");
  const [state, formAction] = useActionState(reassignParticipantAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded border border-line p-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <input type="hidden" name="id" value={participantId} />
      <Select
        id="reassign-to"
        name="assignedTo"
        label={t("to")}
        options={staff}
        defaultValue={current ?? ""}
        placeholder=""
        error={state.fieldErrors?.assignedTo}
      />
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
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
