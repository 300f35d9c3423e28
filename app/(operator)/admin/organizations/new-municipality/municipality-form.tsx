"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { createMunicipalityAction } from "../../actions";

const EMPTY = { municipalityNumber: "", name: "", orgNumber: "" };

/** A municipality picked from Norway's list; its name defaults to "<navn> kommune". */
export function MunicipalityForm({ options }: { options: { value: string; label: string }[] }) {
  const t = useTranslations("admin.municipality");
  const form = useFormAction(createMunicipalityAction);
  const values = form.values ? { ...EMPTY, ...form.values } : EMPTY;
  const errors = form.errors;
  const labels = { municipalityNumber: t("municipality"), name: t("name"), orgNumber: t("orgNumber") };
  return (
    <Form form={form} summary={{ labels }} noValidate className="flex max-w-xl flex-col gap-4">
      <div key={form.answerKey} className="flex flex-col gap-4">
        <Select
          name="municipalityNumber"
          label={labels.municipalityNumber}
          placeholder={t("chooseMunicipality")}
          options={options}
          defaultValue={values.municipalityNumber}
          error={errors.municipalityNumber}
        />
        <Field
          name="name"
          label={labels.name}
          hint={t("nameHint")}
          optionalText={t("optional")}
          autoComplete="off"
          defaultValue={values.name}
          error={errors.name}
        />
        <Field
          name="orgNumber"
          label={labels.orgNumber}
          hint={t("orgNumberHint")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.orgNumber}
          error={errors.orgNumber}
        />
      </div>
      <FormSaved form={form}>{form.message}</FormSaved>
      <div>
        <SubmitButton pendingText={t("working")}>{t("submit")}</SubmitButton>
      </div>
    </Form>
  );
}
