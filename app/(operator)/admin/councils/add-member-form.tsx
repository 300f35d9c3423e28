"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/auth/action";

/** Adds one organization to the council from now on. */
export function AddMemberForm({
  action,
  councilId,
  organizations,
}: {
  action: FormAction;
  councilId: string;
  organizations: { id: string; name: string }[];
}) {
  const t = useTranslations("councilAdmin");
  const form = useFormAction(action);
  return (
    <Form form={form} summary noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="councilId" value={councilId} />
      <Select
        key={form.answerKey}
        label={t("organization")}
        name="organizationId"
        placeholder={t("chooseOrganization")}
        options={organizations.map((o) => ({ value: o.id, label: o.name }))}
        defaultValue={form.valueOf("organizationId", "")}
        error={form.errorFor("organizationId")}
      />
      <FormSaved form={form}>{form.message}</FormSaved>
      <div>
        <SubmitButton pendingText={t("adding")}>{t("add")}</SubmitButton>
      </div>
    </Form>
  );
}
