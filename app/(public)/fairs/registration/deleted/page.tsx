import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publicFair.deleted"))("title") };
}

/** Receipt after a candidate deleted their registration: the link no longer works. */
export default async function RegistrationDeletedPage() {
  const t = await getTranslations("publicFair.deleted");
  return (
    <PublicShell>
      <PageHeader title={t("title")} />
      <Alert tone="success" role="status">
        <p>{t("body")}</p>
      </Alert>
      <p className="mt-6 max-w-prose">{t("after")}</p>
      <p className="mt-6">
        <Link href="/">{t("home")}</Link>
      </p>
    </PublicShell>
  );
}
