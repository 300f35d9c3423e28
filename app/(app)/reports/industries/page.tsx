import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { requireCtx } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { industryReport } from "@/lib/reports/data";
import { currentYear, parseYear } from "@/lib/reports/rules";
import { industryLabel, industryTables } from "@/lib/reports/tables";
import { About, ReportHeader, ReportTableView } from "../report-parts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("industries.title") };
}

/** Placements, agreements and hires in the chosen year, by the employer's industry. */
export default async function IndustriesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireCtx("reports.municipality");
  const t = await getTranslations();
  const locale = await getLocale();
  const thisYear = currentYear(new Date());
  const year = parseYear((await searchParams).year, thisYear);
  const report = await industryReport(ctx, year);
  return (
    <>
      <ReportHeader
        report="industries"
        lead={t("reports.industries.lead", { year })}
        year={year}
        currentYear={thisYear}
      />
      {report.industries.length === 0 ? (
        <EmptyState>{t("reports.industries.empty", { year })}</EmptyState>
      ) : (
        <>
          <BarChart
            title={t("reports.industries.chart", { year })}
            labelHeader={t("reports.columns.industry")}
            valueHeader={t("reports.columns.placements")}
            bars={report.industries.map((r) => ({
              label: industryLabel(t, r.industry),
              value: r.placements,
              display: formatNumber(r.placements, locale),
            }))}
          />
          {industryTables(t, locale, report).map((table) => (
            <ReportTableView key={table.caption} table={table} lastIsTotal />
          ))}
        </>
      )}
      <About>{t("reports.industries.about")}</About>
    </>
  );
}
