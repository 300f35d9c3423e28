"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { invitePersonAction } from "./actions";

const EMPTY = { name: "", email: "", role: "", isAdmin: "" };

/** Invites a colleague by email. With only one role to give, the role is not asked for. */
export function InviteForm({
  roles,
  withAdminFlag,
}: {
  roles: { value: string; label: string }[];
  withAdminFlag: boolean;
}) {
  const t = useTranslations("people");
  const form = useFormAction(invitePersonAction);
  // After a failed submit the typed values come back; after a good one the form is empty again.
  const values = form.values ? { ...EMPTY, ...form.values } : EMPTY;
  const errors = form.errors;
  const labels = { name: t("name"), email: t("email"), role: t("role") };
  return (
    <Form form={form} summary={{ labels: labels }} noValidate className="flex max-w-xl flex-col gap-4">
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
        {roles.length === 1 ? (
          <input type="hidden" name="role" value={roles[0].value} />
        ) : (
          <Select
            name="role"
            label={labels.role}
            placeholder={t("chooseRole")}
            options={roles}
            defaultValue={values.role}
            error={errors.role}
          />
        )}
        {withAdminFlag && (
          <div className="flex items-start gap-2">
            <input
              id="isAdmin"
              name="isAdmin"
              type="checkbox"
              defaultChecked={values.isAdmin === "on"}
              aria-describedby="isAdmin-hint"
              className="mt-1 h-5 w-5"
            />
            <div>
              <label htmlFor="isAdmin">{t("admin")}</label>
              <p id="isAdmin-hint" className="text-sm text-muted">
                {t("adminHint")}
              </p>
            </div>
          </div>
        )}
      </div>
      <FormSaved form={form}>{form.message}</FormSaved>
      <div>
        <SubmitButton pendingText={t("inviting")}>{t("invite")}</SubmitButton>
      </div>
    </Form>
  );
}
