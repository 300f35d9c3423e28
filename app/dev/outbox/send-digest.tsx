"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

/** The demo's "send the weekly digest now" button, with the count it wrote. */
export function SendDigest({ action }: { action: FormAction }) {
  const t = useTranslations("outbox");
  const form = useFormAction(action);
  return (
    <Form form={form} summary className="mb-6 flex flex-col gap-2">
      <p className="max-w-prose">{t("digestInfo")}</p>
      <SubmitButton variant="secondary" pendingText={t("digestSending")} className="self-start">
        {t("digestSend")}
      </SubmitButton>
      <FormSaved form={form}>{form.message}</FormSaved>
    </Form>
  );
}
