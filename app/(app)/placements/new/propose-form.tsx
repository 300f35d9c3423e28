"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/error-summary";
import { Textarea } from "@/components/ui/textarea";
import { proposeAction } from "../actions";

export function ProposeForm({
  slotId,
  participantId,
  cancelHref,
}: {
  slotId: string;
  participantId: string;
  cancelHref: string;
}) {
  const t = useTranslations("placements.propose");
  const [state, formAction] = useActionState(proposeAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="slotId" value={slotId} />
      <input type="hidden" name="participantId" value={participantId} />
      <Textarea
        key={JSON.stringify(state.values ?? null)}
        name="note"
        rows={3}
        label={t("note")}
        hint={t("noteHint")}
        optionalText={t("optional")}
        defaultValue={state.values?.note ?? ""}
        error={errors.note}
      />
      <FormErrors errors={errors} formError={state.formError} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t("sending")}>{t("send")}</SubmitButton>
        <Link href={cancelHref}>{t("cancel")}</Link>
      </div>
    </form>
  );
}
