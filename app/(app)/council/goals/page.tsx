import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { goalLevelEnum } from "@/db/schema/council";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { mayManageGoals } from "@/lib/council/access";
import { loadCouncil } from "@/lib/council/data/council";
import { goalsWithProgress } from "@/lib/goals/data/goals";
import { formatDate } from "@/lib/i18n/format";
import { buttonLink, goalFormatters } from "./figures";
import { ProgressBar } from "./progress-bar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("goals"))("title") };
}

export default async function GoalsPage() {
  const ctx = await requireCtx("council.read");
  const scope = await loadCouncil(ctx);
  const { t, locale, figure, progress } = await goalFormatters();
  if (!scope) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("noCouncil")}</EmptyState>
      </>
    );
  }
  const manager = can(ctx.membership.role, "council.contribute") && mayManageGoals(scope.role);
  const goals = await goalsWithProgress(scope, new Date());
  const anySuppressed = goals.some((g) => g.suppressed);

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        {manager && (
          <p>
            <Link href="/council/goals/new" className={buttonLink}>
              {t("newGoal")}
            </Link>
          </p>
        )}
      </PageHeader>
      {goals.length === 0 && <EmptyState>{manager ? t("noGoalsManager") : t("noGoals")}</EmptyState>}
      {goals.length > 0 &&
        goalLevelEnum.enumValues.map((level) => {
          const mine = goals.filter((g) => g.level === level);
          return (
            <section key={level} aria-labelledby={`level-${level}`} className="mb-8">
              <h2 id={`level-${level}`} className="text-xl font-semibold">
                {t(`levels.${level}`)}
              </h2>
              <p className="mb-3 text-muted">{t(`levelHints.${level}`)}</p>
              {mine.length === 0 ? (
                <p>{t("noGoalsAtLevel")}</p>
              ) : (
                <Table caption={t("levelCaption", { level: t(`levels.${level}`).toLowerCase() })}>
                  <thead>
                    <tr>
                      <Th>{t("goal")}</Th>
                      <Th>{t("current")}</Th>
                      <Th>{t("target")}</Th>
                      <Th>{t("progress")}</Th>
                      <Th>{t("deadline")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((g) => (
                      <tr key={g.id}>
                        <Td>
                          <Link href={`/council/goals/${g.id}`}>{g.title}</Link>
                        </Td>
                        <Td className="whitespace-nowrap">{figure(g.current, g.unit, g.suppressed)}</Td>
                        <Td className="whitespace-nowrap">{figure(g.target, g.unit)}</Td>
                        <Td>
                          <span className="flex items-center gap-2">
                            <ProgressBar value={g.progress} />
                            <span>{progress(g) ?? t("noFigure")}</span>
                          </span>
                        </Td>
                        <Td className="whitespace-nowrap">{formatDate(new Date(g.deadline), locale)}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </section>
          );
        })}
      {anySuppressed && <p className="text-sm text-muted">{t("suppressedNote")}</p>}
    </>
  );
}
