"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { addEmployerContactAction } from "./actions";

const EMPTY = { name: "", email: "", title: "", phone: "", invite: "on" };

/** Adds a contact person at the employer, and by default invites them to sign in. */
export function ContactForm({ employerId }: { employerId: string }) {
  const t = useTranslations("employers.invite");
  const form = useFormAction(addEmployerContactAction);
  // After a failed submit the typed values come back; after a good one the form is empty again.
  const values = form.values ? { ...EMPTY, invite: "", ...form.values } : EMPTY;
  const errors = form.errors;
  const labels = { name: t("name"), email: t("email"), title: t("title"), phone: t("phone") };
  return (
    <Form form={form} summary={{ labels: labels }} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="id" value={employerId} />
      <div key={form.answerKey} className="flex flex-col gap-4">
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
      <FormSaved form={form}>{form.message}</FormSaved>
      <div>
        <SubmitButton pendingText={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </Form>
  );
}
