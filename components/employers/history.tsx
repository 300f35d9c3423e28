import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { EmployerHistory } from "@/lib/employers/data/employers";
import { historyTotals } from "@/lib/employers/rules";
import { formatDate, formatNumber } from "@/lib/i18n/format";

const MEASURES = ["contacts", "slots", "placements", "hires"] as const;

/** The relationship across years: bars per year, the same figures as a table, then the slots and candidates. */
export async function EmployerHistoryView({
  history,
  employerId,
  municipality,
}: {
  history: EmployerHistory;
  employerId: string;
  municipality: string;
}) {
  const t = await getTranslations("employers.history");
  const locale = await getLocale();
  const n = (v: number) => formatNumber(v, locale);
  const { years } = history;
  if (years.length === 0) {
    return (
      <EmptyState action={<Link href={`/follow-ups/employers/${employerId}`}>{t("emptyAction")}</Link>}>
        {t("empty")}
      </EmptyState>
    );
  }
  const totals = historyTotals(years);
  const max = Math.max(1, ...years.flatMap((y) => MEASURES.map((m) => y[m])));
  return (
    <div className="flex flex-col gap-8">
      {/* The chart repeats the table below for sighted readers; screen readers get the table. */}
      <figure aria-hidden="true" className="flex flex-col gap-4">
        <figcaption className="font-semibold">{t("chartTitle")}</figcaption>
        {years.map((y) => (
          <div key={y.year} className="grid grid-cols-[4rem_1fr] gap-2">
            <span className="font-semibold">{y.year}</span>
            <dl className="flex flex-col gap-1">
              {MEASURES.map((m) => (
                <div key={m} className="grid grid-cols-[7rem_1fr] items-center gap-2 text-sm">
                  <dt>{t(m)}</dt>
                  <dd className="flex items-center gap-2">
                    <span
                      className="inline-block h-3 rounded-sm bg-brand"
                      style={{ width: `${(y[m] / max) * 100}%`, minWidth: y[m] > 0 ? "0.25rem" : 0 }}
                    />
                    <span>{n(y[m])}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </figure>
      <Table caption={t("caption")}>
        <thead>
          <tr>
            <Th>{t("year")}</Th>
            {MEASURES.map((m) => (
              <Th key={m} className="text-right">
                {t(m)}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <Th scope="row" className="border-b border-line font-normal">
                {y.year}
              </Th>
              {MEASURES.map((m) => (
                <Td key={m} className="text-right">
                  {n(y[m])}
                </Td>
              ))}
            </tr>
          ))}
          <tr>
            <Th scope="row">{t("total")}</Th>
            {MEASURES.map((m) => (
              <Td key={m} className="text-right font-semibold">
                {n(totals[m])}
              </Td>
            ))}
          </tr>
        </tbody>
      </Table>

      <section aria-labelledby="slots-heading" className="flex flex-col gap-3">
        <h3 id="slots-heading" className="text-lg font-semibold">
          {t("slotsHeading")}
        </h3>
        {history.slots.length === 0 ? (
          <p>{t("noSlots")}</p>
        ) : (
          <Table caption={t("slotsCaption")}>
            <thead>
              <tr>
                <Th>{t("slotTitle")}</Th>
                <Th>{t("kind")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("startsOn")}</Th>
              </tr>
            </thead>
            <tbody>
              {history.slots.map((s) => (
                <tr key={s.id}>
                  <Td>
                    <Link href={`/slots/${s.id}`}>{s.title}</Link>
                  </Td>
                  <Td>{t(`slotKinds.${s.kind}`)}</Td>
                  <Td>
                    <Badge tone={s.status === "open" ? "success" : "neutral"}>{t(`slotStatuses.${s.status}`)}</Badge>
                  </Td>
                  <Td>{formatDate(new Date(s.startsOn), locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="placements-heading" className="flex flex-col gap-3">
        <h3 id="placements-heading" className="text-lg font-semibold">
          {t("placementsHeading")}
        </h3>
        {history.placements.length === 0 ? (
          <p>{t("noPlacements")}</p>
        ) : (
          <Table caption={t("placementsCaption", { municipality })}>
            <thead>
              <tr>
                <Th>{t("participant")}</Th>
                <Th>{t("slotTitle")}</Th>
                <Th>{t("stage")}</Th>
                <Th>{t("outcome")}</Th>
                <Th>{t("created")}</Th>
              </tr>
            </thead>
            <tbody>
              {history.placements.map((p) => (
                <tr key={p.id}>
                  <Td>
                    <Link href={`/placements/${p.id}`}>{p.participantName ?? t("anonymized")}</Link>
                  </Td>
                  <Td>{p.slotTitle}</Td>
                  <Td>
                    <Badge tone={p.stage === "completed" || p.stage === "active" ? "success" : "neutral"}>
                      {t(`stages.${p.stage}`)}
                    </Badge>
                  </Td>
                  <Td>{p.outcome ? t(`outcomes.${p.outcome}`) : "–"}</Td>
                  <Td>{formatDate(p.createdAt, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}
