import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("notFound"))("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <PublicShell>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Link href="/home">{t("home")}</Link>
    </PublicShell>
  );
}
