"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { EventStatus } from "@/db/schema/events";
import type { FormAction } from "@/lib/auth/action";

type Target = Exclude<EventStatus, "draft">;

/** One button per status the event can move to; each asks first, in words that name the event. */
export function EventStatusForm({
  action,
  id,
  version,
  title,
  targets,
}: {
  action: FormAction;
  id: string;
  version: number;
  title: string;
  targets: Target[];
}) {
  const t = useTranslations("events.status");
  const form = useFormAction(action);
  const [asking, setAsking] = useState<Target | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  if (targets.length === 0) return null;
  return (
    <section aria-labelledby="status-title" className="no-print mb-8">
      <h2 id="status-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      {asking ? (
        <Form form={form} className="flex flex-col gap-3 border-l-4 border-brand bg-surface p-4">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="status" value={asking} />
          <p ref={question} tabIndex={-1} className="font-semibold">
            {t(`confirm.${asking}`, { title })}
          </p>
          <p>{t(`consequence.${asking}`)}</p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingText={t("saving")}>{t(`yes.${asking}`)}</SubmitButton>
            <Button type="button" variant="secondary" onClick={() => setAsking(null)}>
              {t("no")}
            </Button>
          </div>
        </Form>
      ) : (
        <div className="flex flex-wrap gap-3">
          {targets.map((s) => (
            <Button
              key={s}
              type="button"
              variant={s === "cancelled" ? "secondary" : "primary"}
              onClick={() => setAsking(s)}
            >
              {t(`to.${s}`)}
            </Button>
          ))}
        </div>
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
