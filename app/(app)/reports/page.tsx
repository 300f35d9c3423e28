import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { cohortReport, employerReport, funnelReport, industryReport, internshipReport } from "@/lib/reports/data";
import { currentYear, type ReportId } from "@/lib/reports/rules";
import { formatShare } from "@/lib/reports/tables";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

/** The five reports, one line each with its headline figure for this year. */
export default async function ReportsPage() {
  const ctx = await requireCtx("reports.municipality");
  const t = await getTranslations("reports");
  const locale = await getLocale();
  const now = new Date();
  const year = currentYear(now);
  const n = (v: number) => formatNumber(v, locale);
  const [cohorts, funnel, internships, industries, employers] = await Promise.all([
    cohortReport(ctx),
    funnelReport(ctx, year),
    internshipReport(ctx, now),
    industryReport(ctx, year),
    employerReport(ctx, year),
  ]);
  const hired = funnel.steps.find((s) => s.step === "hired")!;
  const median = internships.total?.days?.median;
  const headlines: Record<ReportId, string> = {
    cohorts:
      cohorts.total?.atEnd.share != null
        ? t("cohorts.headline", { share: formatShare(cohorts.total.atEnd.share, locale) })
        : t("cohorts.headlineNone"),
    funnel: t("funnel.headline", { hired: n(hired.all), fromFair: n(hired.fromFair), year }),
    internships:
      median != null
        ? t("internships.headline", { days: t("days", { count: Math.round(median) }) })
        : t("internships.headlineNone"),
    industries: t("industries.headline", { placements: industries.total.placements, year }),
    employers: t("employers.headline", {
      count: employers.thisYear,
      year,
      lastYear: n(employers.lastYear),
      previous: year - 1,
    }),
  };
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { organization: ctx.membership.organizationName })} />
      <ul className="grid gap-4 md:grid-cols-2">
        {(Object.keys(headlines) as ReportId[]).map((id) => (
          <li key={id} className="flex flex-col gap-2 rounded border border-line bg-surface p-4">
            <h2 className="text-xl font-semibold">
              <Link href={`/reports/${id}`}>{t(`${id}.title`)}</Link>
            </h2>
            <p className="text-lg font-semibold">{headlines[id]}</p>
            <p className="text-muted">{t(`${id}.summary`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
