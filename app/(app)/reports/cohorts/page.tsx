import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { requireCtx } from "@/lib/auth/session";
import { cohortReport } from "@/lib/reports/data";
import { currentYear } from "@/lib/reports/rules";
import { cohortTables, formatShare } from "@/lib/reports/tables";
import { GroupedBarChart } from "../grouped-bar-chart";
import { About, ReportHeader, ReportTableView } from "../report-parts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("cohorts.title") };
}

/** Outcomes at programme end and one year later, by the year the programme started. */
export default async function CohortsPage() {
  const ctx = await requireCtx("reports.municipality");
  const t = await getTranslations();
  const locale = await getLocale();
  const report = await cohortReport(ctx);
  return (
    <>
      <ReportHeader report="cohorts" lead={t("reports.cohorts.lead")} currentYear={currentYear(new Date())} />
      {report.cohorts.length === 0 ? (
        <EmptyState>{t("reports.cohorts.empty")}</EmptyState>
      ) : (
        <>
          <GroupedBarChart
            id="cohorts"
            title={t("reports.cohorts.chart")}
            labelHeader={t("reports.columns.cohort")}
            series={[t("reports.cohorts.atEnd"), t("reports.cohorts.oneYear")]}
            groups={report.cohorts.map((c) => ({
              label: String(c.year),
              values: [
                c.atEnd.share === null ? null : c.atEnd.share * 100,
                c.oneYear.share === null ? null : c.oneYear.share * 100,
              ],
              displays: [formatShare(c.atEnd.share, locale), formatShare(c.oneYear.share, locale)],
            }))}
          />
          {cohortTables(t, locale, report).map((table) => (
            <ReportTableView key={table.caption} table={table} lastIsTotal />
          ))}
        </>
      )}
      <About>{t("reports.cohorts.about")}</About>
    </>
  );
}
