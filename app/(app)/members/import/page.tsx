import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { MEMBER_COLUMNS } from "@/lib/members/columns";
import { MemberImportForm } from "./import-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members.import"))("title") };
}

export default async function ImportMembersPage() {
  await requireCtx("members.manage");
  const t = await getTranslations("members.import");
  return (
    <ClientMessages namespaces={["employers", "members.import"]}>
      <>
        <p className="no-print mb-4">
          <Link href="/members">{t("back")}</Link>
        </p>
        <PageHeader title={t("title")} lead={t("lead")} />
        <section aria-labelledby="import-how" className="mb-8 max-w-prose">
          <h2 id="import-how" className="mb-2 text-xl font-semibold">
            {t("howTitle")}
          </h2>
          <ul className="list-disc pl-5">
            <li>{t("how.match")}</li>
            <li>{t("how.profile")}</li>
            <li>{t("how.otherMunicipality")}</li>
            <li>{t("how.empty")}</li>
            <li>{t("how.keep")}</li>
            <li>{t("how.errors")}</li>
          </ul>
          <p className="mt-3">
            <a href="/api/members/template" download>
              {t("template")}
            </a>
          </p>
        </section>
        <MemberImportForm />
        <section aria-labelledby="import-columns" className="mt-10">
          <h2 id="import-columns" className="mb-2 text-xl font-semibold">
            {t("columnsTitle")}
          </h2>
          <p className="mb-3 max-w-prose">{t("columnsLead")}</p>
          <Table caption={t("columnsCaption")}>
            <thead>
              <tr>
                <Th>{t("columnHeader")}</Th>
                <Th>{t("columnContent")}</Th>
                <Th>{t("columnRequired")}</Th>
              </tr>
            </thead>
            <tbody>
              {MEMBER_COLUMNS.map((c) => (
                <tr key={c.key}>
                  <Td>
                    <code>{c.header}</code>
                  </Td>
                  <Td>{t(`columnHelp.${c.key}`)}</Td>
                  <Td>{c.required ? t("required") : c.key === "name" ? t("requiredForNew") : t("optional")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      </>
    </ClientMessages>
  );
}
