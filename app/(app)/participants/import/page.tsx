import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { COLUMNS } from "@/lib/participant-import/columns";
import { ImportForm } from "./import-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participantImport"))("title") };
}

export default async function ImportParticipantsPage() {
  await requireCtx("participants.import");
  const t = await getTranslations("participantImport");
  return (
    <ClientMessages namespaces={["participantImport"]}>
      <>
        <p className="no-print mb-4">
          <Link href="/participants">{t("back")}</Link>
        </p>
        <PageHeader title={t("title")} lead={t("lead")} />
        <section aria-labelledby="import-how" className="mb-8 max-w-prose">
          <h2 id="import-how" className="mb-2 text-xl font-semibold">
            {t("howTitle")}
          </h2>
          <ul className="list-disc pl-5">
            <li>{t("how.match")}</li>
            <li>{t("how.empty")}</li>
            <li>{t("how.errors")}</li>
            <li>{t("how.assign")}</li>
          </ul>
          <p className="mt-3">
            <a href="/api/participants/import-template" download>
              {t("template")}
            </a>
          </p>
        </section>
        <ImportForm />
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
                <Th>{t("columnFormat")}</Th>
              </tr>
            </thead>
            <tbody>
              {COLUMNS.map((c) => (
                <tr key={c.key}>
                  <Td>
                    <code>{c.header}</code>
                  </Td>
                  <Td>{t(`columns.${c.key}`)}</Td>
                  <Td>{c.required ? t("required") : t("optional")}</Td>
                  <Td>{t(`formats.${c.format}`)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      </>
    </ClientMessages>
  );
}
