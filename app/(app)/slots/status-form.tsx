"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import type { SlotStatus } from "@/db/schema/pipeline";
import type { FormAction } from "@/lib/auth/action";

const LABELS: Record<SlotStatus, "open" | "close" | "draft" | "filled"> = {
  open: "open",
  closed: "close",
  draft: "draft",
  filled: "filled",
};

/** One button per status the slot can move to; the version guards against a change in between. */
export function SlotStatusForm({
  action,
  id,
  version,
  status,
}: {
  action: FormAction;
  id: string;
  version: number;
  status: SlotStatus;
}) {
  const t = useTranslations("slots.detail");
  const form = useFormAction(action);
  const targets = (["open", "closed", "filled", "draft"] as const).filter(
    (s) => s !== status && !(s === "draft" && status !== "open"),
  );
  return (
    <Form form={form} className="no-print flex flex-col gap-3" aria-labelledby="status-title">
      <h2 id="status-title" className="text-xl font-semibold">
        {t("changeStatus")}
      </h2>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-3">
        {targets.map((s) => (
          <SubmitButton key={s} name="status" value={s} variant="secondary">
            {t(LABELS[s])}
          </SubmitButton>
        ))}
      </div>
      <FormSaved form={form}>{t("statusSaved")}</FormSaved>
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
    </Form>
  );
}
