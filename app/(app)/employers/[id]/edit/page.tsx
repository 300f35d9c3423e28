import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { getEmployer } from "@/lib/employers/data/employers";
import { formatOrgNumber } from "@/lib/organizations/rules";
import { ProfileForm } from "./profile-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employers.edit"))("metaTitle") };
}

export default async function EditEmployerPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("employers.manage");
  const employer = await orNotFound(getEmployer(ctx, (await params).id));
  const t = await getTranslations("employers.edit");
  return (
    <ClientMessages namespaces={["employers"]}>
      <>
        <PageHeader title={t("title", { name: employer.name })} lead={t("lead")}>
          <p className="no-print">
            <Link href={`/employers/${employer.id}`}>{t("back")}</Link>
          </p>
        </PageHeader>
        <ProfileForm
          initial={{
            id: employer.id,
            orgNumber: formatOrgNumber(employer.orgNumber),
            industry: employer.industry ?? "",
            sizeBand: employer.sizeBand ?? "",
            address: employer.address ?? "",
            area: employer.area ?? "",
            website: employer.website ?? "",
          }}
        />
      </>
    </ClientMessages>
  );
}
