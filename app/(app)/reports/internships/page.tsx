import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { requireCtx } from "@/lib/auth/session";
import { internshipReport } from "@/lib/reports/data";
import { currentYear } from "@/lib/reports/rules";
import { formatDays, internshipTables } from "@/lib/reports/tables";
import { About, ReportHeader, ReportTableView } from "../report-parts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("internships.title") };
}

/** Days from programme start to the first internship, by cohort. */
export default async function InternshipsPage() {
  const ctx = await requireCtx("reports.municipality");
  const t = await getTranslations();
  const locale = await getLocale();
  const now = new Date();
  const report = await internshipReport(ctx, now);
  return (
    <>
      <ReportHeader report="internships" lead={t("reports.internships.lead")} currentYear={currentYear(now)} />
      {report.cohorts.length === 0 ? (
        <EmptyState>{t("reports.internships.empty")}</EmptyState>
      ) : (
        <>
          <BarChart
            title={t("reports.internships.chart")}
            labelHeader={t("reports.columns.cohort")}
            valueHeader={t("reports.columns.median")}
            bars={report.cohorts.map((c) => ({
              label: String(c.year),
              value: c.days?.median ?? null,
              display: c.days ? t("reports.days", { count: Math.round(c.days.median) }) : formatDays(null, locale),
            }))}
          />
          {internshipTables(t, locale, report).map((table) => (
            <ReportTableView key={table.caption} table={table} lastIsTotal />
          ))}
        </>
      )}
      <About>{t("reports.internships.about")}</About>
    </>
  );
}
