"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Textarea } from "@/components/ui/textarea";
import type { FormAction } from "@/lib/auth/action";

export function ActionCommentForm({ action, id }: { action: FormAction; id: string }) {
  const t = useTranslations("actionItems.detail");
  const form = useFormAction(action);
  // After a saved comment the field starts empty again; after an error it keeps what was typed.
  const value = form.valueOf("body") ?? "";
  return (
    <Form form={form} noValidate className="no-print flex max-w-2xl flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <Textarea
        key={form.answerKey}
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        rows={4}
        defaultValue={value}
        error={form.errors.body}
      />
      <div>
        <SubmitButton variant="secondary">{t("addComment")}</SubmitButton>
      </div>
      <FormSaved form={form}>{t("commentSaved")}</FormSaved>
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
    </Form>
  );
}
