"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { commitmentKindEnum } from "@/db/schema/council";
import type { FormState } from "@/lib/auth/action";

/** A member adds what its own organization will contribute to the goal. */
export function CommitmentForm({
  action,
  goalId,
  organization,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  goalId: string;
  organization: string;
}) {
  const t = useTranslations("commitments");
  const tf = useTranslations("goals.form");
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(action, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  const field = (name: string) => ({
    name,
    id: `commitment-${name}`,
    defaultValue: values[name] ?? "",
    error: errors[name],
  });
  const prefixed = (o: Record<string, string>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [`commitment-${k}`, v]));
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4" aria-labelledby="commitment-title">
      <h3 id="commitment-title" className="text-lg font-semibold">
        {t("addTitle")}
      </h3>
      <p>{t("addLead", { organization })}</p>
      <input type="hidden" name="goalId" value={goalId} />
      <div key={JSON.stringify(state)} className="flex flex-col gap-4">
        <Select
          label={t("kind")}
          placeholder={t("chooseKind")}
          options={commitmentKindEnum.enumValues.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          className="max-w-72"
          {...field("kind")}
        />
        <Field
          label={t("amount")}
          hint={t("amountHint")}
          optionalText={tf("optional")}
          inputMode="decimal"
          className="max-w-56"
          {...field("amount")}
        />
        <Field label={t("description")} hint={t("descriptionHint")} {...field("description")} />
      </div>
      <ErrorSummary
        title={te("summaryTitle")}
        errors={prefixed(errors)}
        labels={prefixed({ kind: t("kind"), amount: t("amount"), description: t("description") })}
      />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      {state.ok && (
        <Alert tone="success" role="status">
          {t("added")}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
