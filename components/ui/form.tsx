"use client";
import { useTranslations } from "next-intl";
import { useActionState, type ComponentProps, type ReactNode } from "react";
import type { FormAction, FormState } from "@/lib/auth/action";
import { Alert } from "./alert";
import { ErrorSummary } from "./error-summary";

const NONE: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * The one way a form talks to its server action (built with `action()` in lib/auth/action.ts).
 * Before the first submit the state is `null`; after it, the server's answer.
 */
export function useFormAction<S extends FormState = FormState>(action: FormAction<S>) {
  const [state, formAction, pending] = useActionState<S | null, FormData>(action, null);
  const failed = state && !state.ok ? (state as Extract<FormState, { ok: false }>) : undefined;
  const errors = failed?.fieldErrors ?? NONE;
  return {
    /** The server's answer, or null before the first submit. */
    state,
    formAction,
    pending,
    /** The last submit was saved. */
    ok: state?.ok === true,
    /** The confirmation after a successful submit. */
    message: state?.ok ? state.message : undefined,
    /** The error messages by field after a failed submit (empty otherwise). */
    errors,
    /** The error that belongs to no field. */
    formError: failed?.formError,
    /** What the user typed, after a failed submit only. */
    values: failed?.values,
    errorFor: (name: string): string | undefined => errors[name],
    /** After a failed submit what the user typed in the field, otherwise the fallback (e.g. the saved value). */
    valueOf: (name: string, fallback?: string): string | undefined => (failed ? failed.values[name] : fallback),
    /**
     * A key for the fields that changes when typed values come back, so uncontrolled fields show
     * them (React resets a form after its action).
     */
    get formKey() {
      return JSON.stringify(failed?.values ?? null);
    },
    /** A key that changes with every different answer, so a success also starts the fields afresh. */
    get answerKey() {
      // A getter, like formKey: only the forms that use a key pay for it (an import's answer is large).
      return JSON.stringify(state);
    },
  };
}

export type FormHandle = ReturnType<typeof useFormAction>;

/** A `<form>` posting to the hook's action. */
export function Form({
  form,
  ...props
}: { form: Pick<FormHandle, "formAction"> } & Omit<ComponentProps<"form">, "action">) {
  return <form action={form.formAction} {...props} />;
}

/**
 * The error summary (linked to the fields, takes focus) and the form's own error message, for a
 * form's answer. `labels` are by field name; `ids` maps a field name to its input's id when they differ.
 */
export function FormErrors({
  form,
  labels,
  ids,
}: {
  form: Pick<FormHandle, "errors" | "formError">;
  labels?: Record<string, string>;
  ids?: (name: string) => string;
}) {
  return (
    <>
      <FieldErrorSummary form={form} labels={labels} ids={ids} />
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
    </>
  );
}

/** The confirmation after a successful submit; children say what was saved. */
export function FormSaved({ form, children }: { form: Pick<FormHandle, "ok">; children: ReactNode }) {
  if (!form.ok) return null;
  return (
    <Alert tone="success" role="status">
      {children}
    </Alert>
  );
}

/** The error summary alone, for forms that show their own message elsewhere. */
export function FieldErrorSummary({
  form,
  labels,
  ids,
}: {
  form: Pick<FormHandle, "errors">;
  labels?: Record<string, string>;
  ids?: (name: string) => string;
}) {
  const t = useTranslations("errors");
  return (
    <ErrorSummary title={t("summaryTitle")} errors={byId(form.errors, ids)} labels={labels && byId(labels, ids)} />
  );
}

/** Keys by field name, re-keyed by the inputs' ids (the summary links to `#id`). */
function byId(byName: Record<string, string>, ids?: (name: string) => string) {
  return ids ? Object.fromEntries(Object.entries(byName).map(([k, v]) => [ids(k), v])) : byName;
}
