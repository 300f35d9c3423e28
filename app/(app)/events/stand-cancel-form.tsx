"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

/** Cancelling the stand asks first, naming the employer and the fair. */
export function StandCancelForm({
  action,
  eventId,
  question,
}: {
  action: FormAction;
  eventId: string;
  question: string;
}) {
  const t = useTranslations("stands.cancel");
  const form = useFormAction(action);
  const [asking, setAsking] = useState(false);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) ref.current?.focus();
  }, [asking]);
  return (
    <section aria-labelledby="cancel-title" className="no-print mt-10">
      <h2 id="cancel-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      {asking ? (
        <Form form={form} className="flex flex-col gap-3 border-l-4 border-danger bg-surface p-4">
          <input type="hidden" name="eventId" value={eventId} />
          <p ref={ref} tabIndex={-1} className="font-semibold">
            {question}
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingText={t("saving")}>{t("yes")}</SubmitButton>
            <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
              {t("no")}
            </Button>
          </div>
        </Form>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
          {t("start")}
        </Button>
      )}
      {form.formError && (
        <div className="mt-3">
          <Alert tone="error" role="alert">
            {form.formError}
          </Alert>
        </div>
      )}
    </section>
  );
}
