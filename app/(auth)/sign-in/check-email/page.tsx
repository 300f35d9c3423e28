import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { PageHeader } from "@/components/ui/page-header";
import { isDemoMode } from "@/lib/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("checkEmailTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <PublicShell>
      <PageHeader title={t("checkEmailTitle")} lead={t("checkEmailLead")} />
      {isDemoMode() && (
        <p>
          <Link href="/dev/outbox">{t("checkEmailDemo")}</Link>
        </p>
      )}
    </PublicShell>
  );
}
