import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireOperator } from "@/lib/auth/session";
import { listCouncilsForOperator } from "@/lib/council/data/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("councilAdmin"))("title") };
}

/** Every council of the installation, for the operator to create one or open one to change it. */
export default async function AdminCouncilsPage() {
  await requireOperator("councils.manage");
  const t = await getTranslations("councilAdmin");
  const councils = await listCouncilsForOperator();
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p>
          <Link href="/admin/councils/new" className="font-semibold">
            {t("new")}
          </Link>
        </p>
      </PageHeader>
      {councils.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Table caption={t("caption")} cards>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("municipalities")}</Th>
              <Th>{t("chair")}</Th>
              <Th>{t("secretariat")}</Th>
              <Th className="text-right">{t("memberCount")}</Th>
            </tr>
          </thead>
          <tbody>
            {councils.map((c) => (
              <tr key={c.id}>
                <Td>
                  <Link href={`/admin/councils/${c.id}`}>{c.name}</Link>
                </Td>
                <Td label={t("municipalities")}>{c.cities.join(", ")}</Td>
                <Td label={t("chair")}>{c.chairName}</Td>
                <Td label={t("secretariat")}>{c.secretariatName}</Td>
                <Td label={t("memberCount")} className="text-right">
                  {c.members}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
