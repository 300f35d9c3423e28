import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LineChart } from "@/components/charts/line-chart";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { mayManageGoals } from "@/lib/council/access";
import { loadCouncil } from "@/lib/council/data/council";
import { osloDay } from "@/lib/fidelity/rules";
import { goalDetail } from "@/lib/goals/data/goals";
import { formatDate } from "@/lib/i18n/format";
import { addCommitmentAction, reportFigureAction } from "../actions";
import { buttonLink, goalFormatters } from "../figures";
import { ProgressBar } from "../progress-bar";
import { METRICS } from "@/lib/goals/metrics";
import { CommitmentForm } from "./commitment-form";
import { Commitments } from "./commitments";
import { ReportForm } from "./report-form";
import { Reports } from "./reports";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const ctx = await requireCtx("council.read");
  const scope = await loadCouncil(ctx);
  const detail = scope ? await goalDetail(scope, (await params).id, new Date()).catch(() => null) : null;
  return { title: detail?.goal.title ?? (await getTranslations("goals"))("title") };
}

export default async function GoalPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const ctx = await requireCtx("council.read");
  const scope = await loadCouncil(ctx);
  if (!scope) notFound();
  const { id } = await params;
  const { saved } = await searchParams;
  const now = new Date();
  const { goal, progress, points } = await orNotFound(goalDetail(scope, id, now));
  const { t, locale, figure, progress: progressText, pointLabel } = await goalFormatters();
  const today = osloDay(now);
  const contribute = can(ctx.membership.role, "council.contribute");
  const organization = scope.members.find((m) => m.id === ctx.membership.organizationId)?.name ?? "";
  const date = (d: string) => formatDate(new Date(d), locale);
  const params_ = goal.metricParams;
  const metricText = goal.metric
    ? [
        t(`metrics.${goal.metric}`),
        METRICS[goal.metric].param === "months" && params_.months
          ? t("monthsShort", { months: Number(params_.months) })
          : null,
        params_.membersOnly ? t("membersOnlyShort") : null,
      ]
        .filter(Boolean)
        .join(", ")
    : t("measures.manual");
  const hint = goal.metric
    ? t(
        `metricHints.${goal.metric === "internship_slots_posted" && params_.membersOnly ? "internship_slots_posted_members" : goal.metric}`,
        { months: Number(params_.months ?? 0) },
      )
    : t("manualHint");
  const labels = points.map((p) => pointLabel(p.day, today));
  const facts: [string, string][] = [
    [t("current"), figure(progress.current, goal.unit, progress.suppressed)],
    [t("baseline"), figure(progress.baseline, goal.unit)],
    [t("target"), figure(progress.target, goal.unit)],
    [t("startsOn"), date(goal.startsOn)],
    [t("deadline"), date(goal.deadline)],
    [t("measure"), metricText],
  ];

  return (
    <ClientMessages namespaces={["commitments", "goals.form", "goals.reports"]}>
      <>
        <PageHeader title={goal.title} lead={t(`levels.${goal.level}`)}>
          <p className="no-print flex flex-wrap items-center gap-4">
            {contribute && mayManageGoals(scope.role) && (
              <Link href={`/council/goals/${goal.id}/edit`} className={buttonLink}>
                {t("detail.edit")}
              </Link>
            )}
            <Link href="/council/goals">{t("detail.back")}</Link>
          </p>
        </PageHeader>
        {saved && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {saved === "created" ? t("detail.created") : t("detail.saved")}
            </Alert>
          </div>
        )}
        <section aria-labelledby="facts-title" className="mb-8">
          <h2 id="facts-title" className="mb-3 text-xl font-semibold">
            {t("detail.facts")}
          </h2>
          {goal.why && <p className="mb-4 max-w-prose whitespace-pre-line">{goal.why}</p>}
          <p className="mb-4 flex items-center gap-2 font-semibold">
            <ProgressBar value={progress.progress} />
            <span>{progressText(progress) ?? t("noFigure")}</span>
          </p>
          <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {hint && <p className="mt-3 max-w-prose text-sm text-muted">{hint}</p>}
          {progress.suppressed && <p className="mt-2 text-sm text-muted">{t("suppressedNote")}</p>}
        </section>
        <section aria-labelledby="chart-title" className="mb-8">
          <h2 id="chart-title" className="mb-3 text-xl font-semibold">
            {t("detail.progressTitle")}
          </h2>
          <LineChart
            title={t("detail.chartTitle")}
            xLabels={labels}
            series={[{ label: t("detail.series"), values: points.map((p) => p.value) }]}
            target={progress.target}
            targetLabel={t("detail.targetLine", { target: figure(progress.target, goal.unit) })}
            format={(n) => figure(n, goal.unit)}
            periodHeader={t("detail.period")}
            max={goal.unit === "percent" ? 100 : undefined}
          />
          {goal.measure === "live" && <p className="mb-3 text-sm text-muted">{t("detail.windowNote")}</p>}
          <Table caption={t("detail.figures")}>
            <thead>
              <tr>
                <Th>{t("detail.period")}</Th>
                <Th>{t("detail.value")}</Th>
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={p.day}>
                  <Td>{labels[i]}</Td>
                  <Td>{figure(p.value, goal.unit, p.suppressed)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
        {goal.measure === "manual" && (
          <section aria-labelledby="reports-title" className="mb-8 flex flex-col gap-6">
            <Reports scope={scope} goalId={goal.id} unit={goal.unit} />
            {contribute && <ReportForm action={reportFigureAction} goalId={goal.id} organization={organization} />}
          </section>
        )}
        <section aria-labelledby="commitments-title" className="mb-8 flex flex-col gap-6">
          <Commitments ctx={ctx} scope={scope} goalId={goal.id} mayChange={contribute} />
          {contribute && <CommitmentForm action={addCommitmentAction} goalId={goal.id} organization={organization} />}
        </section>
      </>
    </ClientMessages>
  );
}
