import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireOperator } from "@/lib/auth/session";
import { councilChoices } from "@/lib/council/data/admin";
import { createCouncilAction } from "../actions";
import { CouncilForm } from "../council-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("councilAdmin"))("newTitle") };
}

export default async function NewCouncilPage() {
  await requireOperator("councils.manage");
  const [t, tk, choices] = await Promise.all([
    getTranslations("councilAdmin"),
    getTranslations("kinds"),
    councilChoices(),
  ]);
  return (
    <ClientMessages namespaces={["councilAdmin"]}>
      <>
        <p className="mb-4">
          <Link href="/admin/councils">{t("backToList")}</Link>
        </p>
        <PageHeader title={t("newTitle")} lead={t("newLead")} />
        <CouncilForm
          action={createCouncilAction}
          municipalities={choices.municipalities}
          organizations={choices.organizations.map((o) => ({
            id: o.id,
            name: o.name,
            kindLabel: tk(o.kind as "municipality"),
          }))}
          saved={{ name: "", cities: [], memberIds: [], chairId: "", secretariatId: "" }}
        />
      </>
    </ClientMessages>
  );
}
