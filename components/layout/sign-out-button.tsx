"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { signOutAction } from "./actions";

export function SignOutButton() {
  const t = useTranslations("nav");
  const [, formAction] = useActionState(signOutAction, {});
  return (
    <form action={formAction}>
      <SubmitButton variant="link">{t("signOut")}</SubmitButton>
    </form>
  );
}
