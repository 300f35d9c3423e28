import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { PublicShell } from "@/components/layout/public-shell";
import { PageHeader } from "@/components/ui/page-header";
import { getUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("noAccessTitle") };
}

export default async function NoAccessPage() {
  const user = await getUser();
  if (!user) redirect("/sign-in");
  if (user.memberships.length > 0) redirect("/home");
  const t = await getTranslations("auth");
  return (
    <PublicShell>
      <PageHeader title={t("noAccessTitle")} lead={t("noAccessLead")} />
      <SignOutButton />
    </PublicShell>
  );
}
