"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import type { ActionStatus } from "@/db/schema/council";
import type { FormState } from "@/lib/auth/action";

/** One button per status the item can move to; the version guards against a change in between. */
export function ActionStatusForm({
  action,
  id,
  version,
  targets,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  id: string;
  version: number;
  targets: ActionStatus[];
}) {
  const t = useTranslations("actionItems");
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="no-print flex flex-col gap-3" aria-labelledby="status-title">
      <h2 id="status-title" className="text-xl font-semibold">
        {t("detail.changeStatus")}
      </h2>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-3">
        {targets.map((s) => (
          <SubmitButton key={s} name="status" value={s} variant="secondary">
            {t("detail.setTo", { status: t(`statuses.${s}`) })}
          </SubmitButton>
        ))}
      </div>
      {state.ok && (
        <Alert tone="success" role="status">
          {t("detail.statusSaved")}
        </Alert>
      )}
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
    </form>
  );
}
