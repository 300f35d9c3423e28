import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/placements/stage-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { employerProposals } from "@/lib/placements/data/proposals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placements.proposals"))("title") };
}

export default async function ProposalsPage() {
  const ctx = await requireCtx("proposals.answer");
  const rows = await employerProposals(ctx);
  const t = await getTranslations("placements.proposals");
  const locale = await getLocale();
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {rows.length === 0 ? (
        <EmptyState action={<Link href="/slots">{t("emptyAction")}</Link>}>{t("empty")}</EmptyState>
      ) : (
        <Table caption={t("caption", { count: rows.length })}>
          <thead>
            <tr>
              <Th>{t("candidate")}</Th>
              <Th>{t("slot")}</Th>
              <Th>{t("stage")}</Th>
              <Th>{t("updated")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`/proposals/${r.id}`}>{r.firstName ?? t("unavailableName")}</Link>
                </Td>
                <Td>{r.slotTitle}</Td>
                <Td>
                  <StageBadge stage={r.stage} unavailable={r.firstName === null} forEmployer />
                  {r.stage === "interview" && r.interviewAt && (
                    <span className="ml-2">{formatDateTime(r.interviewAt, locale)}</span>
                  )}
                </Td>
                <Td>{formatDate(r.updatedAt, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
