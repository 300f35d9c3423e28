"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { inviteFirstAdminAction, setOrganizationActiveAction } from "../../actions";

const EMPTY = { name: "", email: "" };

/** Invites the organization's administrator; the role follows from the kind of organization. */
export function InviteAdminForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("admin.details");
  const form = useFormAction(inviteFirstAdminAction);
  const values = form.values ? { ...EMPTY, ...form.values } : EMPTY;
  const labels = { name: t("inviteName"), email: t("inviteEmail") };
  return (
    <Form form={form} summary={{ labels }} noValidate className="flex max-w-xl flex-col gap-4">
      <input type="hidden" name="organizationId" value={organizationId} />
      <div key={form.answerKey} className="flex flex-col gap-4">
        <Field name="name" label={labels.name} autoComplete="off" defaultValue={values.name} error={form.errors.name} />
        <Field
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          defaultValue={values.email}
          error={form.errors.email}
        />
      </div>
      <FormSaved form={form}>{form.message}</FormSaved>
      <div>
        <SubmitButton pendingText={t("inviting")}>{t("invite")}</SubmitButton>
      </div>
    </Form>
  );
}

/** Gives a deactivated organization's people their access back (nothing is lost, so no confirmation). */
export function ReactivateForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("admin.details");
  const form = useFormAction(setOrganizationActiveAction);
  return (
    <Form form={form} className="flex flex-col gap-3">
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="active" value="yes" />
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <FormSaved form={form}>{form.message}</FormSaved>
      <div>
        <SubmitButton variant="secondary" pendingText={t("reactivating")}>
          {t("reactivate")}
        </SubmitButton>
      </div>
    </Form>
  );
}
