"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { addEmployerContactAction } from "./actions";

const EMPTY = { name: "", email: "", title: "", phone: "", invite: "on" };

/** Adds a contact person at the employer, and by default invites them to sign in. */
export function ContactForm({ employerId }: { employerId: string }) {
  const t = useTranslations("employers.invite");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(addEmployerContactAction, {});
  // After a failed submit the typed values come back; after a good one the form is empty again.
  const values = state.ok || !state.values ? EMPTY : { ...EMPTY, invite: "", ...state.values };
  const errors = state.fieldErrors ?? {};
  const labels = { name: t("name"), email: t("email"), title: t("title"), phone: t("phone") };
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="id" value={employerId} />
      <div key={JSON.stringify(state)} className="flex flex-col gap-4">
        <Field name="name" label={labels.name} autoComplete="off" defaultValue={values.name} error={errors.name} />
        <Field
          name="email"
          type="email"
          label={labels.email}
          hint={t("emailHint")}
          autoComplete="off"
          defaultValue={values.email}
          error={errors.email}
        />
        <Field
          name="title"
          label={labels.title}
          hint={t("titleHint")}
          optionalText={t("optional")}
          defaultValue={values.title}
          error={errors.title}
        />
        <Field
          name="phone"
          type="tel"
          label={labels.phone}
          hint={t("phoneHint")}
          optionalText={t("optional")}
          defaultValue={values.phone}
          error={errors.phone}
        />
        <div className="flex items-center gap-2">
          <input
            id="invite"
            name="invite"
            type="checkbox"
            defaultChecked={values.invite === "on"}
            className="h-5 w-5"
          />
          <label htmlFor="invite">{t("sendInvitation")}</label>
        </div>
      </div>
      <ErrorSummary title={te("summaryTitle")} errors={state.fieldErrors} labels={labels} />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      {state.ok && (
        <Alert tone="success" role="status">
          {state.message === "invited"
            ? t("invited", { email: state.values?.email ?? "" })
            : t("added", { name: state.values?.name ?? "" })}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
