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
import { matchesForSlot } from "@/lib/matching/data";
import { MATCH_WEIGHTS } from "@/lib/matching/rules";
import { getSlot } from "@/lib/slots/data";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const ctx = await requireCtx("matching.view");
  const slot = await getSlot(ctx, (await params).id).catch(() => null);
  const t = await getTranslations("slots.matches");
  return { title: slot ? t("slotTitle", { title: slot.title }) : (await getTranslations("slots"))("title") };
}

export default async function SlotMatchesPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("matching.view");
  const { id } = await params;
  const slot = await orNotFound(getSlot(ctx, id));
  const t = await getTranslations("slots.matches");
  const locale = await getLocale();
  const header = (
    <PageHeader
      title={t("slotTitle", { title: slot.title })}
      lead={t("slotLead", { municipality: ctx.membership.organizationName })}
    >
      <p className="text-muted">
        {slot.employerName} · {t("weights", MATCH_WEIGHTS)}
      </p>
      <p className="no-print">
        <Link href={`/slots/${id}`}>{t("backToSlot")}</Link>
      </p>
    </PageHeader>
  );
  if (slot.status !== "open") {
    return (
      <>
        {header}
        <Alert tone="info">{t("notOpen")}</Alert>
      </>
    );
  }
  const { matches, endsBeforeStart } = await orNotFound(matchesForSlot(ctx, id));
  return (
    <>
      {header}
      {endsBeforeStart > 0 && <p className="mb-4">{t("endsBeforeStart", { count: endsBeforeStart })}</p>}
      {matches.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Table caption={t("caption")}>
          <thead>
            <tr>
              <Th>{t("rank")}</Th>
              <Th>{t("participant")}</Th>
              <Th>{t("score")}</Th>
              <Th>{t("reasons")}</Th>
              <Th>{t("warnings")}</Th>
              <Th>
                <span className="sr-only">{t("propose")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {matches.map((m, i) => {
              const name = `${m.item.firstName} ${m.item.lastName}`;
              return (
                <tr key={m.item.id}>
                  <Td>{formatNumber(i + 1, locale)}</Td>
                  <Td>
                    <Link href={`/participants/${m.item.id}`}>{name}</Link>
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
                      href={`/placements/new?slot=${id}&participant=${m.item.id}`}
                      aria-label={t("proposeLabel", { participant: name, slot: slot.title })}
                    >
                      {t("propose")}
                    </Link>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
