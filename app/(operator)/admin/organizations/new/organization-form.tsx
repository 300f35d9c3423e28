"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { createOrganizationAction } from "../../actions";

type Option = { value: string; label: string };
const EMPTY = { kind: "", name: "", orgNumber: "", municipalityNumber: "" };

/** A business association or a partner, in a city picked from Norway's municipalities. */
export function OrganizationForm({ kinds, cities }: { kinds: Option[]; cities: Option[] }) {
  const t = useTranslations("admin.organization");
  const form = useFormAction(createOrganizationAction);
  const values = form.values ? { ...EMPTY, ...form.values } : EMPTY;
  const errors = form.errors;
  const labels = { kind: t("kind"), name: t("name"), orgNumber: t("orgNumber"), municipalityNumber: t("city") };
  return (
    <Form form={form} summary={{ labels }} noValidate className="flex max-w-xl flex-col gap-4">
      <div key={form.answerKey} className="flex flex-col gap-4">
        <Select
          name="kind"
          label={labels.kind}
          placeholder={t("chooseKind")}
          options={kinds}
          defaultValue={values.kind}
          error={errors.kind}
        />
        <Field name="name" label={labels.name} autoComplete="off" defaultValue={values.name} error={errors.name} />
        <Field
          name="orgNumber"
          label={labels.orgNumber}
          hint={t("orgNumberHint")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.orgNumber}
          error={errors.orgNumber}
        />
        <Select
          name="municipalityNumber"
          label={labels.municipalityNumber}
          hint={t("cityHint")}
          placeholder={t("chooseCity")}
          options={cities}
          defaultValue={values.municipalityNumber}
          error={errors.municipalityNumber}
        />
      </div>
      <FormSaved form={form}>{form.message}</FormSaved>
      <div>
        <SubmitButton pendingText={t("working")}>{t("submit")}</SubmitButton>
      </div>
    </Form>
  );
}
