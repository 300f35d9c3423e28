"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ERASURE_REASONS } from "@/lib/privacy/reason";
import { eraseParticipantAction } from "../../actions";

export function EraseForm({ participantId, name }: { participantId: string; name: string }) {
  const t = useTranslations("participants.privacy");
  const form = useFormAction(eraseParticipantAction);
  const errors = form.errors;
  return (
    <Form form={form} summary noValidate className="flex max-w-2xl flex-col gap-4 rounded border-2 border-danger p-4">
      <h2 className="text-xl font-semibold">{t("eraseTitle")}</h2>
      <p>{t("eraseLead")}</p>
      <input type="hidden" name="id" value={participantId} />
      <div key={form.formKey} className="flex flex-col gap-4">
        <Select
          name="reasonCode"
          label={t("reason")}
          placeholder={t("reasonChoose")}
          options={ERASURE_REASONS.map((code) => ({ value: code, label: t(`reasonCodes.${code}`) }))}
          defaultValue={form.values?.reasonCode ?? ""}
          error={errors.reasonCode}
        />
        <Textarea
          name="note"
          label={t("note")}
          optionalText={t("optional")}
          hint={t("noteHint")}
          rows={3}
          defaultValue={form.values?.note}
          error={errors.note}
        />
        <div className="flex flex-col gap-1">
          {errors.confirm && (
            <p id="confirm-error" className="text-sm font-semibold text-danger">
              {errors.confirm}
            </p>
          )}
          <div className="flex items-center gap-2">
            <input
              id="confirm"
              name="confirm"
              type="checkbox"
              className="h-5 w-5"
              aria-describedby={errors.confirm ? "confirm-error" : undefined}
              aria-invalid={errors.confirm ? true : undefined}
            />
            <label htmlFor="confirm">{t("confirm", { name })}</label>
          </div>
        </div>
      </div>
      <div>
        <SubmitButton className="!bg-danger">{t("erase", { name })}</SubmitButton>
      </div>
    </Form>
  );
}
