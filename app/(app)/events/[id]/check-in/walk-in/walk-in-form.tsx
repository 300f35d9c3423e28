"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { OccupationInput } from "@/components/ui/occupation-input";
import { Select } from "@/components/ui/select";
import { educationLevelEnum } from "@/db/schema/participants";
import type { FormAction } from "@/lib/auth/action";

/** Someone at the door who did not register: a few fields, checked in on saving. */
export function WalkInForm({
  action,
  eventId,
  eligibility,
}: {
  action: FormAction;
  eventId: string;
  eligibility: string;
}) {
  const t = useTranslations("checkIn.walkIn");
  const te = useTranslations("participants.education");
  const form = useFormAction(action);
  const values = form.values ?? {};
  const errors = form.errors;
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  const optional = t("optional");
  return (
    <Form form={form} summary noValidate className="flex max-w-2xl flex-col gap-5">
      <Alert tone="info">
        <p>{t("capacityNote")}</p>
        <p className="mt-2">{eligibility}</p>
      </Alert>
      <p>{t("optionalNote")}</p>
      <input type="hidden" name="eventId" value={eventId} />
      <div key={form.formKey} className="flex flex-col gap-5">
        <Field label={t("name")} autoComplete="off" {...field("name")} />
        <Field
          label={t("email")}
          hint={t("emailHint")}
          type="email"
          autoComplete="off"
          optionalText={optional}
          {...field("email")}
        />
        <Field
          label={t("phone")}
          type="tel"
          autoComplete="off"
          optionalText={optional}
          className="max-w-xs"
          {...field("phone")}
        />
        <Select
          label={t("educationLevel")}
          placeholder={t("choose")}
          options={educationLevelEnum.enumValues.map((l) => ({ value: l, label: te(l) }))}
          {...field("educationLevel")}
        />
        <OccupationInput
          label={t("occupation")}
          hint={t("occupationHint")}
          optionalText={optional}
          {...field("occupation")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
        <Link href={`/events/${eventId}/check-in`}>{t("cancel")}</Link>
      </div>
    </Form>
  );
}
