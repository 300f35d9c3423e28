import { getLocale, getTranslations } from "next-intl/server";
import type { GoalUnit } from "@/db/schema/council";
import { SUPPRESS_BELOW } from "@/lib/statistics/suppression";
import type { GoalProgress } from "@/lib/goals/data/goals";
import { quarterOf } from "@/lib/goals/progress";
import { numberFormat } from "@/lib/i18n/format";

export const buttonLink =
  "inline-block rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white";

/** How goal figures read on the pages: "57,9 %", "< 5", "12 dager"; and the progress sentence. */
export async function goalFormatters() {
  const t = await getTranslations("goals");
  const locale = await getLocale();
  const nf = numberFormat(locale, { maximumFractionDigits: 1 });
  const number = (n: number) => nf.format(n);
  const figure = (value: number | null, unit: GoalUnit, suppressed = false) =>
    suppressed ? `< ${SUPPRESS_BELOW}` : value === null ? t("noFigure") : t(`units.${unit}`, { value: number(value) });
  const progress = (g: Pick<GoalProgress, "progress" | "baseline" | "target" | "unit" | "suppressed">) =>
    g.suppressed
      ? t("suppressedProgress")
      : g.progress === null
        ? null
        : g.progress >= 1
          ? t("reachedText", { target: figure(g.target, g.unit) })
          : t("progressText", {
              percent: number(Math.round(g.progress * 100)),
              baseline: figure(g.baseline, g.unit),
              target: figure(g.target, g.unit),
            });
  const pointLabel = (day: string, today: string) => {
    if (day === today) return t("detail.today");
    const q = quarterOf(day);
    return t("detail.quarter", q);
  };
  return { t, locale, number, figure, progress, pointLabel };
}
