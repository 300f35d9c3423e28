"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { registerWorkAction } from "./actions";

export function WorkForm({
  participantId,
  employers,
}: {
  participantId: string;
  employers: { value: string; label: string }[];
}) {
  const t = useTranslations("followUps.work");
  const form = useFormAction(registerWorkAction);
  const values = form.values ?? {};
  const errors = form.errors;
  const labels = {
    kind: t("kind"),
    employerId: t("employerId"),
    employerName: t("employerName"),
    startsOn: t("startsOn"),
    endsOn: t("endsOn"),
  };
  return (
    <Form form={form} summary={{ labels: labels }} noValidate className="flex max-w-3xl flex-col gap-6">
      <input type="hidden" name="participantId" value={participantId} />
      <div key={form.formKey} className="flex flex-col gap-6">
        <RadioGroup
          name="kind"
          legend={labels.kind}
          inline
          options={[
            { value: "job", label: t("kinds.job") },
            { value: "internship", label: t("kinds.internship") },
          ]}
          defaultValue={values.kind}
          error={errors.kind}
        />
        <Select
          name="employerId"
          label={labels.employerId}
          hint={t("employerHint")}
          placeholder={t("chooseEmployer")}
          options={employers}
          defaultValue={values.employerId ?? ""}
          error={errors.employerId}
        />
        <Field
          name="employerName"
          label={labels.employerName}
          optionalText={t("optional")}
          defaultValue={values.employerName ?? ""}
          error={errors.employerName}
          autoComplete="off"
        />
        <Field
          name="startsOn"
          type="date"
          label={labels.startsOn}
          className="max-w-56"
          defaultValue={values.startsOn ?? ""}
          error={errors.startsOn}
        />
        <Field
          name="endsOn"
          type="date"
          label={labels.endsOn}
          hint={t("endsOnHint")}
          optionalText={t("optional")}
          className="max-w-56"
          defaultValue={values.endsOn ?? ""}
          error={errors.endsOn}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
        <Link href={`/participants/${participantId}`}>{t("cancel")}</Link>
      </div>
    </Form>
  );
}
