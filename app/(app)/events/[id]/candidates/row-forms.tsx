"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

type Action = FormAction;

/** A one-button form in a table row; its answer is announced next to the button. */
export function RowActionForm({
  action,
  fields,
  label,
  variant = "secondary",
  danger = false,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "link";
  danger?: boolean;
}) {
  const t = useTranslations("fairCandidates.messages");
  const form = useFormAction(action);
  const error = form.formError ?? Object.values(form.errors)[0];
  return (
    <Form form={form} className="flex flex-col gap-1">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div>
        <SubmitButton variant={variant} className={danger ? "!border-danger !text-danger" : ""}>
          {label}
        </SubmitButton>
      </div>
      <p role="status" className="text-sm">
        {form.ok && form.message ? t(form.message as "cancelled") : ""}
      </p>
      {error && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {error}
        </p>
      )}
    </Form>
  );
}

/** Stands to meet for one candidate: up to five checkboxes, named by stand id. */
export function StandWishesForm({
  action,
  fields,
  stands,
  chosen,
  legend,
}: {
  action: Action;
  fields: Record<string, string>;
  stands: { id: string; label: string }[];
  chosen: string[];
  legend: string;
}) {
  const t = useTranslations("fairCandidates");
  const form = useFormAction(action);
  const prefix = useId();
  const error = form.formError ?? Object.values(form.errors)[0];
  const checked = (id: string) => (form.values ? form.values[`stand_${id}`] === "on" : chosen.includes(id));
  return (
    <Form form={form} className="flex flex-col gap-2">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <fieldset className="flex flex-col gap-1" key={form.formKey}>
        <legend className="font-semibold">{legend}</legend>
        <p className="text-sm text-muted">{t("wishesHint")}</p>
        {stands.map((s) => (
          <div key={s.id} className="flex items-center gap-2">
            <input
              id={`${prefix}-${s.id}`}
              type="checkbox"
              name={`stand_${s.id}`}
              defaultChecked={checked(s.id)}
              className="h-5 w-5"
            />
            <label htmlFor={`${prefix}-${s.id}`}>{s.label}</label>
          </div>
        ))}
      </fieldset>
      <p role="status" className="text-sm">
        {form.ok ? t("messages.wishesSaved") : ""}
      </p>
      {error && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {error}
        </p>
      )}
      <div>
        <SubmitButton variant="secondary">{t("saveWishes")}</SubmitButton>
      </div>
    </Form>
  );
}
