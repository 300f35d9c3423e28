"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { setActiveAction } from "../../actions";

export function DeactivateForm({
  membershipId,
  submitLabel,
  done,
}: {
  membershipId: string;
  submitLabel: string;
  done: { deactivated: string; membershipRemoved: string };
}) {
  const t = useTranslations("people.confirm");
  const form = useFormAction(setActiveAction);
  if (form.ok) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success" role="status">
          {form.message === "membershipRemoved" ? done.membershipRemoved : done.deactivated}
        </Alert>
        <p>
          <Link href="/people" className="text-brand underline underline-offset-2">
            {t("back")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <Form form={form} className="flex flex-col gap-3">
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="active" value="no" />
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div>
        <SubmitButton className="bg-danger! hover:bg-red-900!" pendingText={t("working")}>
          {submitLabel}
        </SubmitButton>
      </div>
      <p>
        <Link href="/people" className="text-brand underline underline-offset-2">
          {t("cancel")}
        </Link>
      </p>
    </Form>
  );
}
