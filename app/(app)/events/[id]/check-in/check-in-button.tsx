"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

/**
 * Check in (or undo) one candidate. The name is in the button for screen readers, since a
 * list has one button per row; the outcome is announced where the button was.
 */
export function CheckInButton({
  action,
  eventId,
  candidateId,
  name,
  checkedIn,
  large = false,
}: {
  action: FormAction;
  eventId: string;
  candidateId: string;
  name: string;
  checkedIn: boolean;
  large?: boolean;
}) {
  const t = useTranslations("checkIn");
  const form = useFormAction(action);
  return (
    <Form form={form} className="no-print flex flex-col gap-2">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="candidateId" value={candidateId} />
      {checkedIn && <input type="hidden" name="undo" value="1" />}
      <SubmitButton
        variant={checkedIn ? "secondary" : "primary"}
        pendingText={t("saving")}
        className={large ? "px-8 py-4 text-xl" : ""}
      >
        {checkedIn ? t("undo") : t("checkIn")} <span className="sr-only">{name}</span>
      </SubmitButton>
      <p role="status" className="text-sm">
        {form.ok && (form.message === "checkedIn" ? t("checkedInMessage", { name }) : t("undoneMessage", { name }))}
      </p>
      {form.formError && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {form.formError}
        </p>
      )}
    </Form>
  );
}
