import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { MAGIC_LINK_LIMITED } from "@/lib/auth/auth";
import { listDemoAccounts } from "@/lib/auth/demo";
import { getUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/tokens";
import { magicLinkRetryAfterSeconds, minutesFromSeconds } from "@/lib/rate-limit/rules";
import { DemoAccounts } from "./demo-accounts";
import { SignInForm } from "./sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string; error?: string; code?: string }>;
}) {
  const { callbackUrl, signedOut, error, code } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getUser()) redirect(target);
  const t = await getTranslations("auth");
  const tr = await getTranslations("roles");
  const ta = await getTranslations("admin");
  const demo = await listDemoAccounts();
  // Auth.js sends a refused request to its own endpoint (POST /api/auth/signin/resend) here.
  const notice = !error
    ? null
    : code === MAGIC_LINK_LIMITED
      ? (await getTranslations("errors"))("rateLimited", {
          minutes: minutesFromSeconds(magicLinkRetryAfterSeconds(new Date())),
        })
      : t("errorDefault");
  return (
    <ClientMessages namespaces={["auth"]}>
      <PublicShell>
        <PageHeader title={t("signInTitle")} lead={t("signInLead")} />
        {signedOut && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("signedOut")}
            </Alert>
          </div>
        )}
        {notice && (
          <div className="mb-6">
            <Alert tone="error" role="alert">
              {notice}
            </Alert>
          </div>
        )}
        <SignInForm callbackUrl={target} />
        {demo && (
          <DemoAccounts
            callbackUrl={target}
            accounts={demo.map((a) => ({
              name: a.name,
              email: a.email,
              role: a.role === "operator" ? ta("operatorRole") : tr(a.role),
              organization: a.organization || ta("demoOrganization"),
            }))}
          />
        )}
      </PublicShell>
    </ClientMessages>
  );
}
