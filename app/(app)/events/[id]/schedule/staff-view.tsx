import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatList } from "@/components/ui/stat";
import type { InterviewRow, StaffSchedule } from "@/lib/interviews/data/schedule";
import { conflictsById, roundTimes } from "@/lib/interviews/rules";
import { formatDateTime, formatNumber, formatTime } from "@/lib/i18n/format";
import { AddForm, PublishForm, RunForm, SwapForm } from "./schedule-forms";
import { CandidateView, GridView, StandView, ViewTabs, type ScheduleView, type ViewProps } from "./schedule-views";

export async function StaffView({ data, view }: { data: StaffSchedule; view: ScheduleView }) {
  const t = await getTranslations("interviews");
  const locale = await getLocale();
  const { event } = data.scope;
  const { settings, rows, quality, people } = data;
  const published = event.schedulePublishedAt;
  const header = <PageHeader title={t("title")} lead={t("staff.lead")} />;
  if (!settings) {
    return (
      <>
        {header}
        <Alert tone="info">
          <p>{t("staff.noSettings")}</p>
          <p className="mt-2">
            <Link href={`/events/${event.id}`}>{t("staff.toOverview")}</Link>
          </p>
        </Alert>
      </>
    );
  }

  const standName = new Map(
    people.stands.map((s) => [
      s.id,
      s.standNumber ? t("standWithNumber", { name: s.name, number: s.standNumber }) : s.name,
    ]),
  );
  const clock = (round: number) => {
    const { start, end } = roundTimes(settings.startsAt, settings.minutes, round);
    return `${formatTime(start, locale)}–${formatTime(end, locale)}`;
  };
  const detail = (r: InterviewRow) =>
    t("staff.rowDetail", {
      round: r.round + 1,
      candidate: r.candidateName ?? t("viewer.cancelled"),
      stand: standName.get(r.standId) ?? r.employerName,
      table: r.tableNo + 1,
    });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const flagged = conflictsById(data.conflicts);
  const roundNumbers = [
    ...new Set([...Array.from({ length: settings.rounds }, (_, i) => i), ...rows.map((r) => r.round)]),
  ].sort((a, b) => a - b);
  const roundOptions = Array.from({ length: settings.rounds }, (_, i) => ({
    value: String(i + 1),
    label: t("roundOption", { n: i + 1, time: clock(i) }),
  }));
  const maxTables = Math.max(1, ...people.stands.map((s) => s.tables));
  const tableOptions = Array.from({ length: maxTables }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  const viewProps: ViewProps = {
    eventId: event.id,
    rows,
    roundNumbers: roundNumbers.filter((round) => rows.some((r) => r.round === round)),
    roundLabel: (round) =>
      t("views.roundLabel", { n: round + 1, time: round < settings.rounds ? clock(round) : t("noSuchRound") }),
    standName,
    stands: people.stands,
    candidates: people.candidates,
    flagged,
    detail,
    roundOptions,
    tableOptions,
  };

  return (
    <>
      {header}
      <p className="mb-4">
        {published ? (
          <Badge tone="success">{t("staff.publishedAt", { at: formatDateTime(published, locale) })}</Badge>
        ) : (
          <Badge tone="warning">{t("staff.notPublished")}</Badge>
        )}
      </p>
      <p className="mb-6">
        {t("staff.window", {
          start: formatDateTime(settings.startsAt, locale),
          rounds: settings.rounds,
          minutes: settings.minutes,
          candidates: people.candidates.length,
          stands: people.stands.length,
        })}
      </p>

      <section aria-labelledby="run-heading" className="no-print mb-8 flex flex-col gap-3">
        <h2 id="run-heading" className="text-xl font-semibold">
          {t("staff.runHeading")}
        </h2>
        <p className="max-w-prose">{t("staff.runHelp")}</p>
        {published && (
          <Alert tone="info">
            <p>{t("staff.republishWarning")}</p>
          </Alert>
        )}
        <RunForm eventId={event.id} again={rows.length > 0} />
      </section>

      {rows.length === 0 ? (
        <EmptyState>{t("staff.empty")}</EmptyState>
      ) : (
        <>
          <StatList label={t("quality.heading")}>
            <Stat
              label={t("quality.percent", { objective: quality.objective, bound: quality.upperBound })}
              value={`${formatNumber(quality.percent, locale)} %`}
            />
            <Stat label={t("quality.interviews")} value={formatNumber(rows.length, locale)} />
            <Stat
              label={t("quality.uncovered", { wishing: quality.wishing })}
              value={formatNumber(quality.uncovered.length, locale)}
            />
          </StatList>
          <p className="mb-4 max-w-prose text-muted">{t("quality.help")}</p>
          {quality.uncovered.length > 0 && (
            <details className="mb-6">
              <summary>{t("quality.uncoveredList")}</summary>
              <ul className="mt-2 list-disc pl-6">
                {quality.uncovered.map((c) => (
                  <li key={c.id}>{c.name}</li>
                ))}
              </ul>
            </details>
          )}

          <section aria-labelledby="publish-heading" className="no-print mb-8 flex flex-col gap-3">
            <h2 id="publish-heading" className="text-xl font-semibold">
              {t("staff.publishHeading")}
            </h2>
            {data.conflicts.length > 0 ? (
              <Alert tone="error">
                <p className="font-semibold">{t("staff.conflictCount", { count: data.conflicts.length })}</p>
                <ul className="mt-2 list-disc pl-5">
                  {data.conflicts.map((c, k) => (
                    <li key={k}>
                      {t(`conflicts.${c.kind}`)}:{" "}
                      {c.ids.map((id) => (byId.get(id) ? detail(byId.get(id)!) : id)).join("; ")}
                    </li>
                  ))}
                </ul>
              </Alert>
            ) : (
              <p className="max-w-prose">{t("staff.publishHelp")}</p>
            )}
            <PublishForm eventId={event.id} republish={Boolean(published)} />
          </section>

          <h2 className="mb-4 text-xl font-semibold">{t("staff.gridHeading")}</h2>
          <ViewTabs eventId={event.id} current={view.view} />
          <div className="mb-8">
            {view.view === "grid" && <GridView {...viewProps} />}
            {view.view === "stand" && <StandView {...viewProps} standId={view.id} />}
            {view.view === "candidate" && <CandidateView {...viewProps} candidateId={view.id} />}
          </div>

          <section aria-labelledby="swap-heading" className="no-print mb-8 flex flex-col gap-3">
            <h2 id="swap-heading" className="text-xl font-semibold">
              {t("staff.swapHeading")}
            </h2>
            <p className="max-w-prose">{t("staff.swapHelp")}</p>
            <SwapForm eventId={event.id} interviews={rows.map((r) => ({ value: r.id, label: detail(r) }))} />
          </section>
        </>
      )}

      <section aria-labelledby="add-heading" className="no-print mb-8 flex flex-col gap-3">
        <h2 id="add-heading" className="text-xl font-semibold">
          {t("staff.addHeading")}
        </h2>
        <p className="max-w-prose">{t("staff.addHelp")}</p>
        <AddForm
          eventId={event.id}
          candidates={people.candidates.map((c) => ({ value: c.id, label: c.name }))}
          stands={people.stands
            .filter((s) => s.tables > 0)
            .map((s) => ({
              value: s.id,
              label: t("standTables", { stand: standName.get(s.id) ?? s.name, tables: s.tables }),
            }))}
          rounds={roundOptions}
          tables={tableOptions}
        />
      </section>
    </>
  );
}
