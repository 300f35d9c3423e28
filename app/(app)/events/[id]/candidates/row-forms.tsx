"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import type { FormState } from "@/lib/auth/action";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

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
  const [state, formAction] = useActionState(action, {});
  const error = state.formError ?? Object.values(state.fieldErrors ?? {})[0];
  return (
    <form action={formAction} className="flex flex-col gap-1">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div>
        <SubmitButton variant={variant} className={danger ? "!border-danger !text-danger" : ""}>
          {label}
        </SubmitButton>
      </div>
      <p role="status" className="text-sm">
        {state.ok && state.message ? t(state.message as "cancelled") : ""}
      </p>
      {error && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {error}
        </p>
      )}
    </form>
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
  const [state, formAction] = useActionState(action, {});
  const prefix = useId();
  const error = state.formError ?? Object.values(state.fieldErrors ?? {})[0];
  const checked = (id: string) => (state.values ? state.values[`stand_${id}`] === "on" : chosen.includes(id));
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <fieldset className="flex flex-col gap-1" key={JSON.stringify(state.values ?? null)}>
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
        {state.ok ? t("messages.wishesSaved") : ""}
      </p>
      {error && (
        <p role="alert" className="text-sm font-semibold text-danger">
          {error}
        </p>
      )}
      <div>
        <SubmitButton variant="secondary">{t("saveWishes")}</SubmitButton>
      </div>
    </form>
  );
}
