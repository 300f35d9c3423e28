import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireOperator } from "@/lib/auth/session";
import { MUNICIPALITIES, municipalityLabel } from "@/lib/municipalities/rules";
import { MunicipalityForm } from "./municipality-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.municipality"))("title") };
}

export default async function NewMunicipalityPage() {
  await requireOperator("organizations.manage");
  const t = await getTranslations("admin");
  return (
    <ClientMessages namespaces={["admin.municipality"]}>
      <>
        <PageHeader title={t("municipality.title")} lead={t("municipality.lead")} />
        <MunicipalityForm options={MUNICIPALITIES.map((m) => ({ value: m.number, label: municipalityLabel(m) }))} />
        <p className="mt-6">
          <Link href="/admin">{t("details.back")}</Link>
        </p>
      </>
    </ClientMessages>
  );
}
