// Pieces shared by the dashboard and the printable quarterly report: a level's table of
// activities per quarter, its chart, and the "where the team plays" text.
import { getTranslations } from "next-intl/server";
import { LineChart } from "@/components/charts/line-chart";
import { Table, Td, Th } from "@/components/ui/table";
import { cellText, quarterLabel, type Activity, type DashboardLevel, type Quarter } from "@/lib/dashboard/rules";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

/** The level's activities as rows and the given quarters as columns. `columns` index into the level's quarters. */
export async function LevelTable({
  level,
  quarters,
  columns,
  caption,
  locale,
  running,
}: {
  level: DashboardLevel;
  quarters: Quarter[];
  columns: number[];
  caption: string;
  locale: Locale;
  /** The index of the quarter still running, marked "pågår" in its header. */
  running?: number;
}) {
  const t = await getTranslations("dashboard");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("activityHeader")}</Th>
          {columns.map((i) => (
            <Th key={i} className="text-right whitespace-nowrap">
              {quarterLabel(quarters[i], locale)}
              {i === running && <span className="block text-sm font-normal text-muted">{t("running")}</span>}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {level.rows.map((r) => (
          <tr key={r.activity}>
            <th scope="row" className="border-b border-line px-3 py-2 text-left font-normal">
              {t(`activities.${r.activity}`)}
            </th>
            {columns.map((i) => (
              <Td key={i} className="text-right tabular-nums whitespace-nowrap">
                {cellText(r.shown[i], (n) => formatNumber(n, locale))}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The level's activities over the quarters, one line each; a "< 5" cell is marked, not left out. */
export async function LevelChart({
  level,
  quarters,
  locale,
  running = true,
}: {
  level: DashboardLevel;
  quarters: Quarter[];
  locale: Locale;
  /** The last quarter is still running. */
  running?: boolean;
}) {
  const t = await getTranslations("dashboard");
  return (
    <LineChart
      title={t("chartTitle", { level: t(`levels.${level.level}`) })}
      xLabels={quarters.map((q) => quarterLabel(q, locale))}
      series={level.rows.map((r) => ({
        label: t(`activities.${r.activity}`),
        values: r.shown.map((s) => s.value),
        suppressed: r.shown.map((s) => s.suppressed),
      }))}
      format={(n) => formatNumber(Math.round(n), locale)}
      periodHeader={t("quarterHeader")}
      runningLabel={running ? t("running") : undefined}
    />
  );
}

/** Where the team plays and where it does not, in plain words. */
export async function Assessment({ level, basis, locale }: { level: DashboardLevel; basis: Quarter; locale: Locale }) {
  const t = await getTranslations("dashboard");
  const list = (xs: Activity[]) =>
    new Intl.ListFormat(locale === "nb" ? "nb-NO" : "en-GB", { type: "conjunction" }).format(
      xs.map((a) => t(`activities.${a}`).toLowerCase()),
    );
  const { playing, silent, notPlanned, falling } = level.assessment;
  return (
    <div className="flex max-w-prose flex-col gap-1">
      <h3 className="font-semibold">{t("assessment.heading")}</h3>
      <p className="text-muted">{t("assessment.basis", { quarter: quarterLabel(basis, locale) })}</p>
      {silent.length === 0 && notPlanned.length === 0 ? (
        <p>{t("assessment.allPlaying")}</p>
      ) : playing.length === 0 && notPlanned.length === 0 ? (
        <p>{t("assessment.nonePlaying")}</p>
      ) : (
        <>
          {playing.length > 0 && <p>{t("assessment.playing", { list: list(playing) })}</p>}
          {silent.length > 0 && <p>{t("assessment.silent", { list: list(silent) })}</p>}
          {notPlanned.length > 0 && <p>{t("assessment.notPlanned", { list: list(notPlanned) })}</p>}
        </>
      )}
      {falling.length > 0 && <p>{t("assessment.falling", { list: list(falling) })}</p>}
    </div>
  );
}
