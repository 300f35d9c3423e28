"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { confirmAction } from "@/app/(app)/placements/actions";
import type { Party } from "@/lib/placements/rules";

const METHODS = ["signed_form", "verbal_interpreter", "digital"] as const;

/** One party's confirmation of the terms as shown (the version). The participant's is recorded by staff, with how it was given. */
export function ConfirmForm({
  placementId,
  version,
  party,
  label,
}: {
  placementId: string;
  version: number;
  party: Party;
  label: string;
}) {
  const t = useTranslations("placements.agreement");
  const [state, formAction] = useActionState(confirmAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="no-print flex flex-col gap-3">
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="party" value={party} />
      {party === "participant" && (
        <Select
          key={JSON.stringify(state.values ?? null)}
          name="method"
          label={t("method")}
          placeholder={t("chooseMethod")}
          options={METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
          defaultValue={state.values?.method ?? ""}
          error={errors.method}
        />
      )}
      <FormErrors errors={errors} formError={state.formError} />
      <div>
        <SubmitButton pendingText={t("confirming")}>{label}</SubmitButton>
      </div>
    </form>
  );
}
