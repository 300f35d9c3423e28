"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { confirmationMethodEnum } from "@/db/schema/pipeline";
import type { FormAction } from "@/lib/auth/action";
import type { Party } from "@/lib/placements/rules";

/** One party's confirmation of the terms as shown (the version). The participant's is recorded by staff, with how it was given. */
export function ConfirmForm({
  placementId,
  version,
  party,
  label,
  action,
}: {
  placementId: string;
  version: number;
  party: Party;
  label: string;
  /** The confirmation, from app/(app)/placements/actions. */
  action: FormAction;
}) {
  const t = useTranslations("placements.agreement");
  const form = useFormAction(action);
  return (
    <Form form={form} summary noValidate className="no-print flex flex-col gap-3">
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="party" value={party} />
      {party === "participant" && (
        <Select
          key={form.formKey}
          name="method"
          label={t("method")}
          placeholder={t("chooseMethod")}
          options={confirmationMethodEnum.enumValues.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
          defaultValue={form.valueOf("method") ?? ""}
          error={form.errorFor("method")}
        />
      )}
      <div>
        <SubmitButton pendingText={t("confirming")}>{label}</SubmitButton>
      </div>
    </Form>
  );
}
