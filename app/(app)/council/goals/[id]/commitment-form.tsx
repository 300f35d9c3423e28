"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { commitmentKindEnum } from "@/db/schema/council";
import type { FormAction } from "@/lib/auth/action";

/** A member adds what its own organization will contribute to the goal. */
export function CommitmentForm({
  action,
  goalId,
  organization,
}: {
  action: FormAction;
  goalId: string;
  organization: string;
}) {
  const t = useTranslations("commitments");
  const tf = useTranslations("goals.form");
  const form = useFormAction(action);
  const values = form.values ?? {};
  const errors = form.errors;
  const field = (name: string) => ({
    name,
    id: `commitment-${name}`,
    defaultValue: values[name] ?? "",
    error: errors[name],
  });
  return (
    <Form
      form={form}
      summary={{
        ids: (k) => `commitment-${k}`,
        labels: { kind: t("kind"), amount: t("amount"), description: t("description") },
      }}
      noValidate
      className="flex max-w-xl flex-col gap-4"
      aria-labelledby="commitment-title"
    >
      <h3 id="commitment-title" className="text-lg font-semibold">
        {t("addTitle")}
      </h3>
      <p>{t("addLead", { organization })}</p>
      <input type="hidden" name="goalId" value={goalId} />
      <div key={form.answerKey} className="flex flex-col gap-4">
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
      <FormSaved form={form}>{t("added")}</FormSaved>
      <div>
        <SubmitButton pendingText={t("saving")}>{t("add")}</SubmitButton>
      </div>
    </Form>
  );
}
