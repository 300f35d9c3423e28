import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { requireCtx } from "@/lib/auth/session";
import { councilDashboard } from "@/lib/dashboard/data";
import { defaultReportQuarter, parseQuarter, quarterKey, quarterLabel } from "@/lib/dashboard/rules";
import { formatDate } from "@/lib/i18n/format";
import { GoalsSection } from "../goals";
import { LevelTable } from "../parts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("report.title") };
}

/** One quarter's figures at every level, beside the quarter before, and the goals: for print. */
export default async function QuarterlyReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireCtx("council.read");
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const now = new Date();
  const { quarter: raw } = await searchParams;
  const wanted = raw === undefined ? defaultReportQuarter(now) : parseQuarter(raw);
  const dashboard = await councilDashboard(ctx, now);
  if (!dashboard || !wanted) notFound();
  const { scope, quarters, levels, goals } = dashboard;
  // Only the quarters the dashboard holds: older ones are not computed, future ones do not exist.
  const i = quarters.findIndex((q) => quarterKey(q) === quarterKey(wanted));
  if (i < 0) notFound();
  const quarter = quarters[i];
  const label = quarterLabel(quarter, locale);
  const columns = i > 0 ? [i, i - 1] : [i];
  const previous = i > 0 ? quarters[i - 1] : null;
  return (
    <>
      <PageHeader
        title={t("report.heading", { quarter: label })}
        lead={t("report.lead", { name: scope.council.name, quarter: label })}
      >
        <nav className="no-print flex flex-wrap items-center gap-4" aria-label={t("report.title")}>
          <PrintButton label={t("report.print")} />
          <Link href="/council/dashboard">{t("report.back")}</Link>
          {previous && (
            <Link href={`/council/dashboard/report?quarter=${quarterKey(previous)}`}>{t("report.previous")}</Link>
          )}
          {i < quarters.length - 1 && (
            <Link href={`/council/dashboard/report?quarter=${quarterKey(quarters[i + 1])}`}>{t("report.next")}</Link>
          )}
        </nav>
        {i === quarters.length - 1 && <p className="text-muted">{t("report.runningNote")}</p>}
        <p className="text-muted">{t("suppressionNote")}</p>
      </PageHeader>
      <div className="flex flex-col gap-8">
        {levels.map((level) => (
          <section
            key={level.level}
            aria-labelledby={`level-${level.level}`}
            className="flex flex-col gap-2 break-inside-avoid"
          >
            <h2 id={`level-${level.level}`} className="text-xl font-semibold">
              {t(`levels.${level.level}`)}
            </h2>
            <LevelTable
              level={level}
              quarters={quarters}
              columns={columns}
              caption={
                previous
                  ? t("report.caption", {
                      level: t(`levels.${level.level}`),
                      quarter: label,
                      previous: quarterLabel(previous, locale),
                    })
                  : t("tableCaption", { level: t(`levels.${level.level}`) })
              }
              locale={locale}
            />
          </section>
        ))}
        <GoalsSection goals={goals} locale={locale} />
        <p className="text-sm text-muted">{t("report.generated", { date: formatDate(now, locale) })}</p>
      </div>
    </>
  );
}
