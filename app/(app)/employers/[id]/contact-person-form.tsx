"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { setContactPersonAction } from "./actions";

export function ContactPersonForm({
  employerId,
  current,
  staff,
}: {
  employerId: string;
  current: string | null;
  staff: { value: string; label: string }[];
}) {
  const t = useTranslations("employers.contact");
  const form = useFormAction(setContactPersonAction);
  const value = form.valueOf("contactUserId", current ?? "");
  return (
    <Form
      form={form}
      summary={{ labels: { contactUserId: t("label") } }}
      noValidate
      className="flex max-w-xl flex-col gap-4"
    >
      <input type="hidden" name="id" value={employerId} />
      <Select
        key={value}
        name="contactUserId"
        label={t("label")}
        placeholder={t("choose")}
        options={staff}
        defaultValue={value}
        error={form.errors.contactUserId}
      />
      <FormSaved form={form}>{t("saved")}</FormSaved>
      <div>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}
