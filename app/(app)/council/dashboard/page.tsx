import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { councilDashboard } from "@/lib/dashboard/data";
import { quarterKey, quarterLabel } from "@/lib/dashboard/rules";
import { GoalsSection } from "./goals";
import { Assessment, LevelChart, LevelTable } from "./parts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

/** The goals' verdicts first, then the council's activity per quarter at the micro, meso and macro level. */
export default async function CouncilDashboardPage() {
  const ctx = await requireCtx("council.read");
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const dashboard = await councilDashboard(ctx);
  if (!dashboard) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("empty")}</EmptyState>
      </>
    );
  }
  const { scope, quarters, levels, goals } = dashboard;
  const running = quarters[quarters.length - 1];
  const lastComplete = quarters[quarters.length - 2];
  const columns = quarters.map((_, i) => i);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { name: scope.council.name })}>
        <p className="flex flex-wrap items-center gap-4">
          <a href="/api/council/dashboard" download>
            {t("download")}
          </a>
          <Link href={`/council/dashboard/report?quarter=${quarterKey(lastComplete)}`}>
            {t("openReport", { quarter: quarterLabel(lastComplete, locale) })}
          </Link>
        </p>
      </PageHeader>
      <div className="flex flex-col gap-12">
        <GoalsSection goals={goals} locale={locale} />
        <p className="-mb-8 max-w-prose text-muted">
          {t("suppressionNote")} {t("runningQuarter", { quarter: quarterLabel(running, locale) })}
        </p>
        {levels.map((level) => (
          <section key={level.level} aria-labelledby={`level-${level.level}`} className="flex flex-col gap-4">
            <h2 id={`level-${level.level}`} className="text-xl font-semibold">
              {t(`levels.${level.level}`)}
            </h2>
            <p className="max-w-prose">{t(`levelIntro.${level.level}`)}</p>
            <LevelTable
              level={level}
              quarters={quarters}
              columns={columns}
              caption={t("tableCaption", { level: t(`levels.${level.level}`) })}
              locale={locale}
              running={quarters.length - 1}
            />
            <LevelChart level={level} quarters={quarters} locale={locale} />
            <Assessment level={level} basis={lastComplete} locale={locale} />
          </section>
        ))}
      </div>
    </>
  );
}
