import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat, StatList } from "@/components/ui/stat";
import { requireCtx } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { employerReport } from "@/lib/reports/data";
import { currentYear, parseYear } from "@/lib/reports/rules";
import { employerTables, industryLabel } from "@/lib/reports/tables";
import { GroupedBarChart } from "../grouped-bar-chart";
import { About, ReportHeader, ReportTableView } from "../report-parts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("employers.title") };
}

/** Employers engaged in the chosen year against the year before: new, returning, by industry. */
export default async function EmployersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireCtx("reports.municipality");
  const t = await getTranslations();
  const locale = await getLocale();
  const thisYear = currentYear(new Date());
  const year = parseYear((await searchParams).year, thisYear);
  const years = { year, previous: year - 1 };
  const report = await employerReport(ctx, year);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <>
      <ReportHeader report="employers" lead={t("reports.employers.lead", years)} year={year} currentYear={thisYear} />
      {report.industries.length === 0 ? (
        <EmptyState>{t("reports.employers.empty", years)}</EmptyState>
      ) : (
        <>
          <StatList label={t("reports.employers.figures", years)}>
            <Stat label={t("reports.employers.thisYear", years)} value={n(report.thisYear)} />
            <Stat label={t("reports.employers.new", years)} value={n(report.newThisYear)} />
            <Stat label={t("reports.employers.returning", years)} value={n(report.returning)} />
            <Stat label={t("reports.employers.lastYear", years)} value={n(report.lastYear)} />
          </StatList>
          <GroupedBarChart
            id="employers"
            title={t("reports.employers.chart", years)}
            labelHeader={t("reports.columns.industry")}
            series={[String(year), String(year - 1)]}
            groups={report.industries.map((r) => ({
              label: industryLabel(t, r.industry),
              values: [r.thisYear, r.lastYear],
              displays: [n(r.thisYear), n(r.lastYear)],
            }))}
          />
          {employerTables(t, locale, report).map((table) => (
            <ReportTableView key={table.caption} table={table} lastIsTotal />
          ))}
        </>
      )}
      <About>{t("reports.employers.about")}</About>
    </>
  );
}
