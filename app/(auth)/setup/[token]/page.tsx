import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { setupLinkState } from "@/lib/operators/data/setup";
import { SetupForm } from "./setup-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.setup"))("title") };
}

/**
 * The link a new installation prints in its log: whoever holds it becomes the first operator.
 * Once an operator exists, and for a token nobody made, the address answers 404.
 */
export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = token.length <= 200 ? await setupLinkState(token) : "unknown";
  if (state === "done" || state === "unknown") notFound();
  const t = await getTranslations("admin.setup");
  return (
    <ClientMessages namespaces={["admin.setup"]}>
      <PublicShell>
        <PageHeader title={t("title")} lead={state === "valid" ? t("lead") : undefined} />
        {state === "valid" ? (
          <SetupForm token={token} />
        ) : (
          <Alert tone="error" role="alert">
            {t(`state.${state}`)}
          </Alert>
        )}
      </PublicShell>
    </ClientMessages>
  );
}
