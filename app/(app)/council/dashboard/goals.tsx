// The goals first on the dashboard: each goal's verdict (on track, behind, reached, missed) against
// the time gone to its deadline, in plain words, with the figures it rests on.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { DashboardGoal } from "@/lib/dashboard/data";
import type { VerdictKind } from "@/lib/goals/verdict";
import { formatDate, formatNumber, numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

const TONE = {
  reached: "success",
  onTrack: "success",
  behind: "warning",
  missed: "danger",
  noFigure: "neutral",
  suppressed: "neutral",
} as const satisfies Record<VerdictKind, string>;

/** Every goal with its verdict; `headingLevel` 3 inside the printable report. */
export async function GoalsSection({
  goals,
  locale,
  headingLevel = 2,
}: {
  goals: DashboardGoal[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("dashboard.goals");
  const tUnit = await getTranslations("goals.units");
  const H = headingLevel === 2 ? "h2" : "h3";
  const pct = (p: number) => numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(p);
  const value = (g: DashboardGoal, v: number) =>
    tUnit(g.unit, { value: formatNumber(Math.round(v * 10) / 10, locale) });
  const day = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), locale);
  return (
    <section aria-labelledby="goals-heading" className="flex flex-col gap-3">
      <H id="goals-heading" className="text-xl font-semibold">
        {t("heading")}
      </H>
      {goals.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {goals.map((g) => {
            const { kind, progress, elapsed } = g.verdict;
            const current = g.suppressed ? "< 5" : g.current === null ? t("noFigure") : value(g, g.current);
            return (
              <li key={g.id} className="border-l-4 border-line pl-3" data-goal={g.id}>
                <Link href={`/council/goals/${g.id}`} className="font-semibold">
                  {g.title}
                </Link>
                <p data-verdict={kind}>
                  <Badge tone={TONE[kind]}>{t(`verdict.${kind}.label`)}</Badge>
                  <span className="sr-only">:</span>{" "}
                  {t(`verdict.${kind}.detail`, {
                    progress: progress === null ? "" : pct(progress),
                    elapsed: pct(elapsed),
                    deadline: day(g.deadline),
                  })}
                </p>
                <p className="text-sm text-muted">
                  {t("figures", {
                    current,
                    baseline: value(g, g.baseline),
                    target: value(g, g.target),
                    deadline: day(g.deadline),
                  })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
