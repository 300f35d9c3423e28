import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { requireCtx } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { funnelReport } from "@/lib/reports/data";
import { currentYear, parseYear } from "@/lib/reports/rules";
import { funnelTables } from "@/lib/reports/tables";
import { About, ReportHeader, ReportTableView } from "../report-parts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("funnel.title") };
}

/** Fair → proposal → agreement → hire in the chosen year. */
export default async function FunnelPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireCtx("reports.municipality");
  const t = await getTranslations();
  const locale = await getLocale();
  const thisYear = currentYear(new Date());
  const year = parseYear((await searchParams).year, thisYear);
  const report = await funnelReport(ctx, year);
  const empty = report.steps.every((s) => s.all === 0);
  return (
    <>
      <ReportHeader report="funnel" lead={t("reports.funnel.lead", { year })} year={year} currentYear={thisYear} />
      {empty ? (
        <EmptyState>{t("reports.funnel.empty", { year })}</EmptyState>
      ) : (
        <>
          <BarChart
            title={t("reports.funnel.chart", { year })}
            labelHeader={t("reports.columns.step")}
            valueHeader={t("reports.columns.stepParticipants")}
            bars={report.steps.map((s) => ({
              label: t(`reports.funnel.steps.${s.step}`),
              value: s.all,
              display: formatNumber(s.all, locale),
            }))}
          />
          {funnelTables(t, locale, report).map((table) => (
            <ReportTableView key={table.caption} table={table} />
          ))}
        </>
      )}
      <About>{t("reports.funnel.about")}</About>
    </>
  );
}
