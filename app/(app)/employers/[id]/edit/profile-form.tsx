"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/employers/rules";
import { updateEmployerProfileAction } from "../actions";

type Values = {
  id: string;
  orgNumber: string;
  industry: string;
  sizeBand: string;
  address: string;
  area: string;
  website: string;
};

export function ProfileForm({ initial }: { initial: Values }) {
  const t = useTranslations("employers.edit");
  const tx = useTranslations("employers");
  const form = useFormAction(updateEmployerProfileAction);
  // After a failed save the typed values come back; after a good one the saved values apply.
  const values: Values = form.values ? { ...initial, ...form.values } : initial;
  const errors = form.errors;
  const labels = {
    orgNumber: t("orgNumber"),
    industry: t("industry"),
    sizeBand: t("sizeBand"),
    address: t("address"),
    area: t("area"),
    website: t("website"),
  };
  return (
    <Form form={form} summary={{ labels: labels }} noValidate className="flex max-w-xl flex-col gap-6">
      <input type="hidden" name="id" value={values.id} />
      <div key={form.answerKey} className="flex flex-col gap-4">
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
          name="industry"
          label={labels.industry}
          optionalText={t("optional")}
          placeholder={t("chooseIndustry")}
          options={INDUSTRIES.map((i) => ({ value: i, label: tx(`industries.${i}`) }))}
          defaultValue={values.industry}
          error={errors.industry}
        />
        <Select
          name="sizeBand"
          label={labels.sizeBand}
          optionalText={t("optional")}
          placeholder={t("chooseSize")}
          options={SIZE_BANDS.map((s) => ({ value: s, label: tx(`sizeBands.${s}`) }))}
          defaultValue={values.sizeBand}
          error={errors.sizeBand}
        />
        <Field
          name="address"
          label={labels.address}
          optionalText={t("optional")}
          autoComplete="off"
          defaultValue={values.address}
          error={errors.address}
        />
        <Field
          name="area"
          label={labels.area}
          hint={t("areaHint")}
          optionalText={t("optional")}
          defaultValue={values.area}
          error={errors.area}
        />
        <Field
          name="website"
          label={labels.website}
          hint={t("websiteHint")}
          optionalText={t("optional")}
          autoComplete="off"
          defaultValue={values.website}
          error={errors.website}
        />
      </div>
      <FormSaved form={form}>{t("saved")}</FormSaved>
      <div>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}
