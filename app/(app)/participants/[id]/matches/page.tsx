import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MatchReasons, MatchWarnings } from "@/components/slots/match-reasons";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { matchesForParticipant } from "@/lib/matching/data";
import { MATCH_WEIGHTS } from "@/lib/matching/rules";
import { occupationLabel } from "@/lib/occupations/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("slots"))("title") };
}

export default async function ParticipantMatchesPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("matching.view");
  const { id } = await params;
  const { participant, blocked, matches, endsBeforeStart } = await orNotFound(matchesForParticipant(ctx, id));
  const t = await getTranslations("slots.matches");
  const tk = await getTranslations("slots.kinds");
  const locale = await getLocale();
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <>
      <PageHeader title={t("participantTitle", { name })} lead={t("participantLead", { city: ctx.membership.city })}>
        <p className="text-muted">{t("weights", MATCH_WEIGHTS)}</p>
        <p className="no-print">
          <Link href={`/participants/${id}`}>{t("backToParticipant")}</Link>
        </p>
      </PageHeader>
      {!blocked && endsBeforeStart > 0 && <p className="mb-4">{t("slotsAfterEnd", { count: endsBeforeStart })}</p>}
      {blocked ? (
        <Alert tone="info">{t(`blocked.${blocked}`)}</Alert>
      ) : matches.length === 0 ? (
        <EmptyState action={<Link href="/slots">{(await getTranslations("slots"))("title")}</Link>}>
          {t("emptySlots")}
        </EmptyState>
      ) : (
        <Table caption={t("caption")}>
          <thead>
            <tr>
              <Th>{t("rank")}</Th>
              <Th>{t("slot")}</Th>
              <Th>{t("score")}</Th>
              <Th>{t("reasons")}</Th>
              <Th>{t("warnings")}</Th>
              <Th>
                <span className="sr-only">{t("propose")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {matches.map((m, i) => (
              <tr key={m.item.id}>
                <Td>{formatNumber(i + 1, locale)}</Td>
                <Td>
                  <Link href={`/slots/${m.item.id}`}>{m.item.title}</Link>
                  <p className="text-sm">
                    {m.item.employerName} · {tk(m.item.kind)}
                  </p>
                  <p className="text-sm text-muted">{occupationLabel(m.item.iscoCode, locale)}</p>
                </Td>
                <Td className="whitespace-nowrap font-semibold">
                  {t("scoreValue", { score: formatNumber(Math.round(m.score), locale) })}
                </Td>
                <Td>
                  <MatchReasons parts={m.parts} />
                </Td>
                <Td>
                  <MatchWarnings warnings={m.warnings} />
                </Td>
                <Td>
                  <Link
                    href={`/placements/new?slot=${m.item.id}&participant=${id}`}
                    aria-label={t("proposeLabel", { participant: name, slot: m.item.title })}
                  >
                    {t("propose")}
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
