"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { controlClass, describedBy } from "@/components/ui/field-parts";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

/** One stand's number, in its row of the stands table; the label names the employer for screen readers. */
export function StandNumberForm({
  action,
  eventId,
  standId,
  employerName,
  current,
}: {
  action: FormAction;
  eventId: string;
  standId: string;
  employerName: string;
  current: string | null;
}) {
  const t = useTranslations("stands.number");
  const form = useFormAction(action);
  const id = `number-${standId}`;
  const error = form.errors.standNumber ?? form.formError;
  const value = form.valueOf("standNumber", current ?? "");
  const { errorId, describedBy: describedById } = describedBy(id, undefined, error);
  return (
    <Form form={form} noValidate className="flex flex-col gap-1">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="standId" value={standId} />
      <label htmlFor={id} className="sr-only">
        {t("label", { name: employerName })}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          key={value}
          id={id}
          name="standNumber"
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedById}
          className={`${controlClass(error)} max-w-24`}
          autoComplete="off"
        />
        <SubmitButton variant="secondary" pendingText={t("saving")} aria-label={t("saveFor", { name: employerName })}>
          {t("save")}
        </SubmitButton>
      </div>
      {error && (
        <p id={errorId} className="text-sm font-semibold text-danger" role="alert">
          {error}
        </p>
      )}
      {form.ok && (
        <p className="text-sm text-ok" role="status">
          {t("saved")}
        </p>
      )}
    </Form>
  );
}
