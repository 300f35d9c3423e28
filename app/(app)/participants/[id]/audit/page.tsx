import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { listAudit } from "@/lib/audit/data";
import { auditDetailParts, type DetailPart } from "@/lib/audit/details";
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
  const root = await getTranslations();
  // A code in a detail, in words where a label exists (message keys are checked at run time here).
  const word = (key: string) => (root.has(key as never) ? root(key as never) : key.split(".").pop()!);
  const detailText = (part: DetailPart) => {
    const v = part.values as Record<string, string>;
    switch (part.key) {
      case "purpose":
        return t("detail.purpose", { purpose: word(`participants.audit.purposes.${v.purpose}`) });
      case "scope":
        return t("detail.scope", { scope: word(`participants.consent.scopes.${v.scope}`) });
      case "move":
        return t("detail.move", {
          from: word(`placements.stages.${v.from}`),
          to: word(`placements.stages.${v.to}`),
        });
      case "reason":
        return t("detail.reason", {
          reason:
            v.reason === "retention" ? t("retentionReason") : word(`participants.privacy.reasonCodes.${v.reason}`),
        });
      case "status":
        return t("detail.status", { status: word(`fairCandidates.statuses.${v.status}`) });
      case "channel":
        return t("detail.channel", { channel: word(`followUps.contact.channels.${v.channel}`) });
      default:
        return t(`detail.${part.key}`, part.values as Record<string, string | number>);
    }
  };
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
            const parts = auditDetailParts(r.details as Record<string, unknown> | null);
            return (
              <tr key={r.id}>
                <Td>{formatDateTime(r.at, locale)}</Td>
                <Td>{r.userName ?? t("system")}</Td>
                <Td>{actionText(r.action)}</Td>
                <Td>{parts.length ? parts.map(detailText).join(" · ") : tp("none")}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <Pagination page={page} pages={pages} href={(p) => `/participants/${id}/audit?page=${p}`} />
    </>
  );
}
