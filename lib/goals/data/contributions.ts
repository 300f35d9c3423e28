import "server-only";
// What the members bring to a goal: reported figures (manual goals) and commitments. Every
// member reports and commits for its own organization; a member changes only its own
// commitments, the secretariat any (lib/council/access.ts).
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  councilCommitments,
  councilGoalReports,
  councilGoals,
  organizations,
  users,
  type CommitmentKind,
  type CommitmentStatus,
} from "@/db/schema";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { requireCouncil, type CouncilInScope } from "@/lib/council/data/council";
import { osloDay } from "@/lib/fidelity/rules";
import { isUuid } from "@/lib/ids";
import { mayChangeCommitment, mayContribute } from "../access";
import { getGoal } from "./goals";
import type { commitmentSchema, commitmentStatusSchema, reportFigureSchema } from "../schemas";
import type { z } from "zod";

export interface ReportRow {
  id: string;
  reportedFor: string;
  value: number;
  note: string | null;
  organizationName: string | null;
  reporterName: string | null;
  createdAt: Date;
}

/** A manual goal's reported figures, newest first. */
export async function listReports(scope: CouncilInScope, goalId: string): Promise<ReportRow[]> {
  await getGoal(scope, goalId);
  const db = await getDb();
  const rows = await db
    .select({
      id: councilGoalReports.id,
      reportedFor: councilGoalReports.reportedFor,
      value: councilGoalReports.value,
      note: councilGoalReports.note,
      organizationName: organizations.name,
      reporterName: users.name,
      createdAt: councilGoalReports.createdAt,
    })
    .from(councilGoalReports)
    .leftJoin(organizations, eq(organizations.id, councilGoalReports.organizationId))
    .leftJoin(users, eq(users.id, councilGoalReports.reportedBy))
    .where(eq(councilGoalReports.goalId, goalId))
    .orderBy(desc(councilGoalReports.reportedFor), desc(councilGoalReports.createdAt));
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/** Reports a figure of a manual goal for the caller's organization. The day may not be in the future. */
export async function reportFigure(ctx: Ctx, input: z.infer<typeof reportFigureSchema>, now: Date): Promise<void> {
  const scope = await requireCouncil(ctx);
  if (!mayContribute(scope.role)) throw new NotFoundError("council");
  const goal = await getGoal(scope, input.goalId);
  if (goal.measure !== "manual") throw new UserError("goals.errors.notManual");
  if (input.reportedFor > osloDay(now)) throw new UserError("goals.errors.futureDate", "reportedFor");
  const db = await getDb();
  await db.insert(councilGoalReports).values({
    goalId: goal.id,
    reportedFor: input.reportedFor,
    value: input.value,
    note: input.note,
    reportedBy: ctx.userId,
    organizationId: ctx.membership.organizationId,
  });
}

export interface CommitmentRow {
  id: string;
  organizationId: string;
  organizationName: string;
  kind: CommitmentKind;
  amount: number | null;
  description: string;
  status: CommitmentStatus;
  deliveredAt: Date | null;
  version: number;
  /** The caller may change its status. */
  mine: boolean;
}

export async function listCommitments(ctx: Ctx, scope: CouncilInScope, goalId: string): Promise<CommitmentRow[]> {
  await getGoal(scope, goalId);
  const db = await getDb();
  const rows = await db
    .select({
      id: councilCommitments.id,
      organizationId: councilCommitments.organizationId,
      organizationName: organizations.name,
      kind: councilCommitments.kind,
      amount: councilCommitments.amount,
      description: councilCommitments.description,
      status: councilCommitments.status,
      deliveredAt: councilCommitments.deliveredAt,
      version: councilCommitments.version,
    })
    .from(councilCommitments)
    .innerJoin(organizations, eq(organizations.id, councilCommitments.organizationId))
    .where(eq(councilCommitments.goalId, goalId))
    .orderBy(asc(organizations.name), asc(councilCommitments.createdAt));
  return rows.map((r) => ({
    ...r,
    amount: r.amount === null ? null : Number(r.amount),
    mine: mayChangeCommitment(scope.role, r, ctx.membership.organizationId),
  }));
}

/** The caller's organization commits something to a goal of its council. */
export async function addCommitment(ctx: Ctx, input: z.infer<typeof commitmentSchema>): Promise<void> {
  const scope = await requireCouncil(ctx);
  if (!mayContribute(scope.role)) throw new NotFoundError("council");
  const goal = await getGoal(scope, input.goalId);
  const db = await getDb();
  await db.insert(councilCommitments).values({
    goalId: goal.id,
    organizationId: ctx.membership.organizationId,
    kind: input.kind,
    amount: input.amount,
    description: input.description,
    updatedBy: ctx.userId,
  });
}

/**
 * Moves a commitment to a status; "delivered" records the day (today unless given, never in the
 * future). Only the owning member or the secretariat; another council's or member's is NotFoundError.
 * Returns the goal's id, for the page to refresh.
 */
export async function setCommitmentStatus(
  ctx: Ctx,
  input: z.infer<typeof commitmentStatusSchema>,
  now: Date,
): Promise<string> {
  const scope = await requireCouncil(ctx);
  if (!isUuid(input.id)) throw new NotFoundError("commitment");
  const db = await getDb();
  const [row] = await db
    .select({ goalId: councilCommitments.goalId, organizationId: councilCommitments.organizationId })
    .from(councilCommitments)
    .innerJoin(councilGoals, eq(councilGoals.id, councilCommitments.goalId))
    .where(and(eq(councilCommitments.id, input.id), eq(councilGoals.councilId, scope.council.id)));
  if (!row || !mayChangeCommitment(scope.role, row, ctx.membership.organizationId))
    throw new NotFoundError("commitment");
  const today = osloDay(now);
  if (input.deliveredOn && input.deliveredOn > today)
    throw new UserError("commitments.errors.futureDate", "deliveredOn");
  // Noon in Oslo's winter offset keeps the same calendar day in Oslo all year.
  const deliveredAt =
    input.status === "delivered" ? (input.deliveredOn ? new Date(`${input.deliveredOn}T11:00:00Z`) : now) : null;
  const updated = await db
    .update(councilCommitments)
    .set({
      status: input.status,
      deliveredAt,
      updatedBy: ctx.userId,
      version: sql`${councilCommitments.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(councilCommitments.id, input.id), eq(councilCommitments.version, input.version)))
    .returning({ id: councilCommitments.id });
  if (updated.length === 0) throw new UserError("commitments.errors.stale");
  return row.goalId;
}
