import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { listAudit } from "@/lib/audit/data";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { readParticipantName } from "@/lib/participant-record/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants.audit"))("caption") };
}

const PAGE_SIZE = 50;

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const ctx = await requireCtx("audit.read");
  const { id } = await params;
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const name = await orNotFound(readParticipantName(ctx, id));
  const { rows, total } = await listAudit(ctx, id, page, PAGE_SIZE);
  const t = await getTranslations("participants.audit");
  const tp = await getTranslations("participants");
  const locale = await getLocale();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Message keys cannot hold dots: "participant.read" is found as actions.participant_read.
  const actionText = (a: string) => {
    const key = `actions.${a.replace(".", "_")}` as "actions.participant_read";
    return t.has(key) ? t(key) : a;
  };
  return (
    <>
      <PageHeader title={t("title", { name })} lead={t("lead")}>
        <p>
          <Link href={`/participants/${id}`}>{t("back")}</Link>
        </p>
      </PageHeader>
      <Table caption={t("caption")}>
        <thead>
          <tr>
            <Th>{t("when")}</Th>
            <Th>{t("who")}</Th>
            <Th>{t("what")}</Th>
            <Th>{t("details")}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const fields = Array.isArray(r.details?.fields) ? (r.details.fields as string[]) : null;
            return (
              <tr key={r.id}>
                <Td>{formatDateTime(r.at, locale)}</Td>
                <Td>{r.userName ?? t("system")}</Td>
                <Td>{actionText(r.action)}</Td>
                <Td>{fields?.length ? t("fields", { fields: fields.join(", ") }) : tp("none")}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <Pagination page={page} pages={pages} href={(p) => `/participants/${id}/audit?page=${p}`} />
    </>
  );
}
