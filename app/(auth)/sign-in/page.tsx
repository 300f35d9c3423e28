import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { listDemoAccounts } from "@/lib/auth/demo";
import { getUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/tokens";
import { DemoAccounts } from "./demo-accounts";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string }>;
}) {
  const { callbackUrl, signedOut } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getUser()) redirect(target);
  const t = await getTranslations("auth");
  const tr = await getTranslations("roles");
  const demo = await listDemoAccounts();
  return (
    <PublicShell>
      <PageHeader title={t("signInTitle")} lead={t("signInLead")} />
      {signedOut && (
        <div className="mb-6">
          <Alert tone="success" role="status">
            {t("signedOut")}
          </Alert>
        </div>
      )}
      <SignInForm callbackUrl={target} />
      {demo && (
        <DemoAccounts
          callbackUrl={target}
          accounts={demo.map((a) => ({ name: a.name, email: a.email, role: tr(a.role), organization: a.organization }))}
        />
      )}
    </PublicShell>
  );
}
