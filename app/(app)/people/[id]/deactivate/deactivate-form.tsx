"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
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
  const [state, formAction] = useActionState(setActiveAction, {});
  if (state.ok) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success" role="status">
          {state.message === "membershipRemoved" ? done.membershipRemoved : done.deactivated}
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
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="active" value="no" />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
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
    </form>
  );
}
