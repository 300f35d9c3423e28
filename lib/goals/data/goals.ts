import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { councilGoalReports, councilGoals, type CouncilGoal, type GoalLevel, type GoalUnit } from "@/db/schema";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { mayManageGoals } from "@/lib/council/access";
import { requireCouncil, type CouncilInScope } from "@/lib/council/data/council";
import { osloDay } from "@/lib/fidelity/rules";
import { isUuid } from "@/lib/ids";
import { loadMetricRows, metricScope } from "./metric-rows";
import { evaluate, yearUpTo, type Day, type MetricResult } from "../metrics";
import { progressOf, quarterPoints, reportedAsOf, type Report } from "../progress";
import { goalVerdict, type GoalVerdict } from "../verdict";
import type { GoalInput } from "../schemas";

/** One goal with its current figure, for the goal list and the council dashboard. */
export interface GoalProgress {
  id: string;
  title: string;
  level: GoalLevel;
  unit: GoalUnit;
  baseline: number;
  target: number;
  startsOn: string;
  deadline: string;
  current: number | null;
  /** The figure rests on 1–4 people and is shown as "< 5". */
  suppressed: boolean;
  /** 0..1 of the way from baseline to target (either direction); null without a figure. */
  progress: number | null;
  /** On track, behind, reached or missed, against the time gone to the deadline. */
  verdict: GoalVerdict;
}

export interface ChartPoint {
  day: Day;
  value: number | null;
  suppressed: boolean;
}

const LEVEL_ORDER = sql`case ${councilGoals.level} when 'micro' then 0 when 'meso' then 1 else 2 end`;

async function goalsOf(councilId: string): Promise<CouncilGoal[]> {
  const db = await getDb();
  return db
    .select()
    .from(councilGoals)
    .where(eq(councilGoals.councilId, councilId))
    .orderBy(LEVEL_ORDER, asc(councilGoals.deadline), asc(councilGoals.title));
}

/** A goal of this council; another council's id (or no uuid at all) is NotFoundError. */
export async function getGoal(scope: CouncilInScope, id: string): Promise<CouncilGoal> {
  if (!isUuid(id)) throw new NotFoundError("goal");
  const db = await getDb();
  const [goal] = await db
    .select()
    .from(councilGoals)
    .where(and(eq(councilGoals.id, id), eq(councilGoals.councilId, scope.council.id)));
  if (!goal) throw new NotFoundError("goal");
  return goal;
}

/** Reported figures of manual goals, oldest first (a correction for the same day comes later and wins). */
async function reportsOf(goalIds: string[]): Promise<Map<string, Report[]>> {
  const byGoal = new Map<string, Report[]>();
  if (goalIds.length === 0) return byGoal;
  const db = await getDb();
  const rows = await db
    .select({
      goalId: councilGoalReports.goalId,
      reportedFor: councilGoalReports.reportedFor,
      value: councilGoalReports.value,
    })
    .from(councilGoalReports)
    .where(inArray(councilGoalReports.goalId, goalIds))
    .orderBy(asc(councilGoalReports.reportedFor), asc(councilGoalReports.createdAt));
  for (const r of rows)
    byGoal.set(r.goalId, [...(byGoal.get(r.goalId) ?? []), { reportedFor: r.reportedFor, value: Number(r.value) }]);
  return byGoal;
}

/** A live goal's figure over the 12 months up to each day. */
async function liveSeries(scope: CouncilInScope, goal: CouncilGoal, days: Day[]): Promise<MetricResult[]> {
  if (!goal.metric || days.length === 0) return days.map(() => ({ value: null, suppressed: false, n: 0 }));
  const windows = days.map(yearUpTo);
  const range = { from: windows[0].from, to: windows[windows.length - 1].to };
  const rows = await loadMetricRows(metricScope(scope), goal.metric, goal.metricParams, range);
  return windows.map((w) => evaluate(rows, w));
}

function toProgress(goal: CouncilGoal, result: MetricResult, today: Day): GoalProgress {
  const baseline = Number(goal.baseline);
  const target = Number(goal.target);
  const input = { baseline, target, current: result.value, suppressed: result.suppressed };
  return {
    id: goal.id,
    title: goal.title,
    level: goal.level,
    unit: goal.unit,
    baseline,
    target,
    startsOn: goal.startsOn,
    deadline: goal.deadline,
    current: result.value,
    suppressed: result.suppressed,
    progress: progressOf(baseline, target, result.value),
    verdict: goalVerdict({ ...input, startsOn: goal.startsOn, deadline: goal.deadline }, today),
  };
}

/**
 * Every goal of the council with its figure today: a live metric over the last 12 months, or the
 * latest reported figure. Goals in level order (micro, meso, macro), then by deadline.
 */
export async function goalsWithProgress(scope: CouncilInScope, now: Date): Promise<GoalProgress[]> {
  const today = osloDay(now);
  const goals = await goalsOf(scope.council.id);
  const reports = await reportsOf(goals.filter((g) => g.measure === "manual").map((g) => g.id));
  return Promise.all(
    goals.map(async (goal) => {
      if (goal.measure === "manual") {
        const value = reportedAsOf(reports.get(goal.id) ?? [], today);
        return toProgress(goal, { value, suppressed: false, n: 0 }, today);
      }
      const [result] = await liveSeries(scope, goal, [today]);
      return toProgress(goal, result, today);
    }),
  );
}

export interface GoalDetail {
  goal: CouncilGoal;
  progress: GoalProgress;
  /** The chart: the figure at each quarter end from the start, and today. */
  points: ChartPoint[];
}

/** One goal with its chart series. */
export async function goalDetail(scope: CouncilInScope, id: string, now: Date): Promise<GoalDetail> {
  const goal = await getGoal(scope, id);
  const today = osloDay(now);
  const days = quarterPoints(goal.startsOn, today);
  let results: MetricResult[];
  if (goal.measure === "manual") {
    const reports = (await reportsOf([goal.id])).get(goal.id) ?? [];
    results = days.map((d) => ({ value: reportedAsOf(reports, d), suppressed: false, n: 0 }));
  } else {
    results = await liveSeries(scope, goal, days);
  }
  const points = days.map((day, i) => ({ day, value: results[i].value, suppressed: results[i].suppressed }));
  return { goal, progress: toProgress(goal, results[results.length - 1], today), points };
}

const values = (input: GoalInput) => ({
  title: input.title,
  why: input.why,
  level: input.level,
  baseline: input.baseline,
  target: input.target,
  startsOn: input.startsOn,
  deadline: input.deadline,
  unit: input.unit,
  measure: input.measure,
  metric: input.metric,
  metricParams: input.metricParams,
});

/** Chair and secretariat write the goals down; anyone else gets NotFoundError, as for a foreign id. */
async function requireManager(ctx: Ctx): Promise<CouncilInScope> {
  const scope = await requireCouncil(ctx);
  if (!mayManageGoals(scope.role)) throw new NotFoundError("goal");
  return scope;
}

export async function createGoal(ctx: Ctx, input: GoalInput): Promise<string> {
  const scope = await requireManager(ctx);
  const db = await getDb();
  const [row] = await db
    .insert(councilGoals)
    .values({ ...values(input), councilId: scope.council.id, createdBy: ctx.userId })
    .returning({ id: councilGoals.id });
  return row.id;
}

/** Saves an edit only if nobody saved in between (optimistic version check). */
export async function updateGoal(ctx: Ctx, id: string, version: number, input: GoalInput): Promise<void> {
  const scope = await requireManager(ctx);
  await getGoal(scope, id);
  const db = await getDb();
  const updated = await db
    .update(councilGoals)
    .set({ ...values(input), version: sql`${councilGoals.version} + 1`, updatedAt: new Date() })
    .where(
      and(eq(councilGoals.id, id), eq(councilGoals.councilId, scope.council.id), eq(councilGoals.version, version)),
    )
    .returning({ id: councilGoals.id });
  if (updated.length === 0) throw new UserError("goals.errors.stale");
}
