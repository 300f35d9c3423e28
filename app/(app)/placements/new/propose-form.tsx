"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
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
  const form = useFormAction(proposeAction);
  const errors = form.errors;
  return (
    <Form form={form} summary noValidate className="flex flex-col gap-4">
      <input type="hidden" name="slotId" value={slotId} />
      <input type="hidden" name="participantId" value={participantId} />
      <Textarea
        key={form.formKey}
        name="note"
        rows={3}
        label={t("note")}
        hint={t("noteHint")}
        optionalText={t("optional")}
        defaultValue={form.values?.note ?? ""}
        error={errors.note}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t("sending")}>{t("send")}</SubmitButton>
        <Link href={cancelHref}>{t("cancel")}</Link>
      </div>
    </Form>
  );
}
