"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { signOutAction } from "./actions";

export function SignOutButton() {
  const t = useTranslations("nav");
  const form = useFormAction(signOutAction);
  return (
    <Form form={form}>
      <SubmitButton variant="link">{t("signOut")}</SubmitButton>
    </Form>
  );
}
