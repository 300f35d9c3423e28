"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ComponentProps, type ReactNode } from "react";
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

type SummaryOptions = {
  /** Labels by field name, where the page's own label is not the name to show. */
  labels?: Record<string, string>;
  /** Maps a field name to its input's id when they differ (the summary links to `#id`). */
  ids?: (name: string) => string;
  /** Leave the form's own error out, for a form that shows it elsewhere. */
  fieldsOnly?: boolean;
};

/**
 * A `<form>` posting to the hook's action. With `summary`, the error summary (Aksel's pattern) is
 * the form's first element, above every field: after a failed submit it takes focus and lists every
 * error as a link naming its field, in form order; the form's own error follows it.
 */
export function Form({
  form,
  summary,
  children,
  ...props
}: {
  form: Pick<FormHandle, "formAction"> & Partial<Pick<FormHandle, "errors" | "formError">>;
  summary?: boolean | SummaryOptions;
} & Omit<ComponentProps<"form">, "action">) {
  const options = summary === true ? {} : summary;
  return (
    <form action={form.formAction} {...props}>
      {options && <FormErrors errors={form.errors ?? NONE} formError={form.formError} {...options} />}
      {children}
    </form>
  );
}

function FormErrors({
  errors,
  formError,
  labels,
  ids,
  fieldsOnly,
}: { errors: Record<string, string>; formError?: string } & SummaryOptions) {
  const t = useTranslations("errors");
  const ref = useRef<HTMLDivElement>(null);
  const hasFieldErrors = Object.keys(errors).length > 0;
  const shownError = fieldsOnly ? undefined : formError;
  // With field errors the summary takes focus; a form error alone takes it here.
  useEffect(() => {
    if (shownError && !hasFieldErrors) ref.current?.focus();
  }, [errors, shownError]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <ErrorSummary title={t("summaryTitle")} errors={byId(errors, ids)} labels={labels && byId(labels, ids)} />
      {shownError && (
        <div ref={ref} tabIndex={-1} role="alert" className="border-l-4 border-danger bg-red-50 p-4">
          {shownError}
        </div>
      )}
    </>
  );
}

/** The confirmation after a successful submit; children say what was saved. It takes focus (see Alert). */
export function FormSaved({ form, children }: { form: Pick<FormHandle, "ok" | "answerKey">; children: ReactNode }) {
  if (!form.ok) return null;
  return (
    // A new key per answer, so a second save in a row takes focus again.
    <Alert key={form.answerKey} tone="success" role="status">
      {children}
    </Alert>
  );
}

/** Keys by field name, re-keyed by the inputs' ids (the summary links to `#id`). */
function byId(byName: Record<string, string>, ids?: (name: string) => string) {
  return ids ? Object.fromEntries(Object.entries(byName).map(([k, v]) => [ids(k), v])) : byName;
}
