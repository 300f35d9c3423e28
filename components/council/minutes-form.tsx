"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { Textarea } from "@/components/ui/textarea";
import type { FormAction } from "@/lib/auth/action";
import { Markdown } from "./markdown";

type Props = {
  action: FormAction;
  id: string;
  version: number;
  minutes: string;
  /** Approving is offered once the meeting has started. */
  mayApprove: boolean;
};

/** The secretariat's minutes editor: Markdown with a live preview, saved as a draft or approved. */
export function MinutesForm({ action, id, version, minutes, mayApprove }: Props) {
  const t = useTranslations("meetings.minutes");
  const form = useFormAction(action);
  const [text, setText] = useState(form.values?.minutes ?? minutes);
  const errors = form.errors;
  return (
    <Form form={form} summary noValidate className="flex flex-col gap-4">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Textarea
        name="minutes"
        label={t("label")}
        hint={t("help")}
        rows={14}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.minutes}
      />
      <section aria-labelledby="minutes-preview" className="rounded border border-line p-4">
        <h3 id="minutes-preview" className="mb-2 font-semibold">
          {t("preview")}
        </h3>
        {text.trim() ? <Markdown source={text} headingLevel={4} /> : <p className="text-muted">{t("previewEmpty")}</p>}
      </section>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="draft" variant="secondary" pendingText={t("saving")}>
          {t("saveDraft")}
        </SubmitButton>
        {mayApprove && (
          <SubmitButton name="intent" value="approve" pendingText={t("saving")}>
            {t("approve")}
          </SubmitButton>
        )}
      </div>
      {!mayApprove && <p className="text-sm text-muted">{t("approveLater")}</p>}
    </Form>
  );
}
