import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireOperator } from "@/lib/auth/session";
import { MUNICIPALITIES, municipalityLabel } from "@/lib/municipalities/rules";
import { OrganizationForm } from "./organization-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.organization"))("title") };
}

export default async function NewOrganizationPage() {
  await requireOperator("organizations.manage");
  const t = await getTranslations("admin");
  const tk = await getTranslations("kinds");
  return (
    <ClientMessages namespaces={["admin.organization"]}>
      <>
        <PageHeader title={t("organization.title")} lead={t("organization.lead")} />
        <OrganizationForm
          kinds={(["association", "partner"] as const).map((k) => ({ value: k, label: tk(k) }))}
          cities={MUNICIPALITIES.map((m) => ({ value: m.number, label: municipalityLabel(m) }))}
        />
        <p className="mt-6">
          <Link href="/admin">{t("details.back")}</Link>
        </p>
      </>
    </ClientMessages>
  );
}
