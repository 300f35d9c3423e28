"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import type { ActionStatus } from "@/db/schema/council";
import type { FormAction } from "@/lib/auth/action";

/** One button per status the item can move to; the version guards against a change in between. */
export function ActionStatusForm({
  action,
  id,
  version,
  targets,
}: {
  action: FormAction;
  id: string;
  version: number;
  targets: ActionStatus[];
}) {
  const t = useTranslations("actionItems");
  const form = useFormAction(action);
  return (
    <Form form={form} className="no-print flex flex-col gap-3" aria-labelledby="status-title">
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
      <FormSaved form={form}>{t("detail.statusSaved")}</FormSaved>
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
    </Form>
  );
}
