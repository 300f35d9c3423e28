import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { SignInForm } from "../sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("errorTitle") };
}

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const t = await getTranslations("auth");
  const message =
    error === "Verification"
      ? t("errorVerification")
      : error === "AccessDenied"
        ? t("errorAccessDenied")
        : t("errorDefault");
  return (
    <ClientMessages namespaces={["auth"]}>
      <PublicShell>
        <PageHeader title={t("errorTitle")} />
        <div className="mb-6">
          <Alert tone="error">{message}</Alert>
        </div>
        <h2 className="mb-3 text-xl font-semibold">{t("newLink")}</h2>
        <SignInForm />
      </PublicShell>
    </ClientMessages>
  );
}
