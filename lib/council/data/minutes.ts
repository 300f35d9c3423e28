import "server-only";
import { and, eq, inArray, max, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  councilAttendance,
  councilDecisions,
  councilMeetings,
  councilRepresentatives,
  type CouncilMeeting,
} from "@/db/schema";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { requireCouncil } from "./council";
import { meetingOf } from "./meetings";
import { recordLocked } from "../rules";

/** The secretariat's meeting whose record (minutes, decisions, attendance) may still change. */
async function writableRecord(ctx: Ctx, meetingId: string): Promise<CouncilMeeting> {
  const scope = await requireCouncil(ctx, "runMeetings");
  const meeting = await meetingOf(scope, meetingId);
  if (meeting.status === "cancelled") throw new UserError("meetings.errors.cancelled");
  if (recordLocked(meeting)) throw new UserError("meetings.errors.approved");
  return meeting;
}

/**
 * Saves the minutes as a draft, or approves them. Approving needs the meeting to have started
 * and marks a planned meeting held: approved minutes are the record of a meeting that took place.
 */
export async function saveMinutes(
  ctx: Ctx,
  id: string,
  version: number,
  minutes: string,
  intent: "draft" | "approve",
  now: Date,
): Promise<void> {
  const meeting = await writableRecord(ctx, id);
  const approve = intent === "approve";
  if (approve && now.getTime() < meeting.startsAt.getTime()) throw new UserError("meetings.errors.notStarted");
  const db = await getDb();
  const updated = await db
    .update(councilMeetings)
    .set({
      minutes,
      minutesStatus: approve ? "approved" : "draft",
      minutesApprovedAt: approve ? now : null,
      minutesApprovedBy: approve ? ctx.userId : null,
      status: approve ? "held" : meeting.status,
      version: sql`${councilMeetings.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(councilMeetings.id, id),
        eq(councilMeetings.version, version),
        eq(councilMeetings.councilId, meeting.councilId),
      ),
    )
    .returning({ id: councilMeetings.id });
  if (updated.length === 0) throw new UserError("meetings.errors.stale");
}

/** Reopens approved minutes as a draft (secretariat), e.g. to correct a mistake; members stop seeing them until approved again. */
export async function reopenMinutes(ctx: Ctx, id: string, version: number, now: Date): Promise<void> {
  const scope = await requireCouncil(ctx, "runMeetings");
  const meeting = await meetingOf(scope, id);
  if (!recordLocked(meeting)) throw new UserError("meetings.errors.stale");
  const db = await getDb();
  const updated = await db
    .update(councilMeetings)
    .set({
      minutesStatus: "draft",
      minutesApprovedAt: null,
      minutesApprovedBy: null,
      version: sql`${councilMeetings.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(councilMeetings.id, id),
        eq(councilMeetings.version, version),
        eq(councilMeetings.councilId, scope.council.id),
      ),
    )
    .returning({ id: councilMeetings.id });
  if (updated.length === 0) throw new UserError("meetings.errors.stale");
}

/** Adds a decision at the end of the list, or changes the text of one of this meeting's decisions. */
export async function saveDecision(
  ctx: Ctx,
  meetingId: string,
  decisionId: string | null,
  text: string,
): Promise<void> {
  await writableRecord(ctx, meetingId);
  const db = await getDb();
  if (decisionId) {
    const updated = await db
      .update(councilDecisions)
      .set({ text })
      .where(and(eq(councilDecisions.id, decisionId), eq(councilDecisions.meetingId, meetingId)))
      .returning({ id: councilDecisions.id });
    if (updated.length === 0) throw new NotFoundError("decision");
    return;
  }
  await db.transaction(async (tx) => {
    const [last] = await tx
      .select({ n: max(councilDecisions.position) })
      .from(councilDecisions)
      .where(eq(councilDecisions.meetingId, meetingId));
    await tx.insert(councilDecisions).values({ meetingId, text, position: (last?.n ?? 0) + 1 });
  });
}

/** Removes a decision; the ones after it move up, so the numbers stay 1, 2, 3… */
export async function removeDecision(ctx: Ctx, meetingId: string, decisionId: string): Promise<void> {
  await writableRecord(ctx, meetingId);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(councilDecisions)
      .where(and(eq(councilDecisions.id, decisionId), eq(councilDecisions.meetingId, meetingId)))
      .returning({ position: councilDecisions.position });
    if (!gone) throw new NotFoundError("decision");
    await tx
      .update(councilDecisions)
      .set({ position: sql`${councilDecisions.position} - 1` })
      .where(and(eq(councilDecisions.meetingId, meetingId), sql`${councilDecisions.position} > ${gone.position}`));
  });
}

/** Records who was present: every listed representative is present or absent; ids outside the council are refused. */
export async function saveAttendance(ctx: Ctx, meetingId: string, presentIds: string[]): Promise<void> {
  const meeting = await writableRecord(ctx, meetingId);
  const db = await getDb();
  const listed = await db
    .select({ id: councilRepresentatives.id })
    .from(councilRepresentatives)
    .leftJoin(
      councilAttendance,
      and(
        eq(councilAttendance.representativeId, councilRepresentatives.id),
        eq(councilAttendance.meetingId, meetingId),
      ),
    )
    .where(
      and(
        eq(councilRepresentatives.councilId, meeting.councilId),
        or(eq(councilRepresentatives.active, true), sql`${councilAttendance.present} is not null`),
      ),
    );
  const ids = new Set(listed.map((r) => r.id));
  if (presentIds.some((id) => !ids.has(id))) throw new NotFoundError("representative");
  if (ids.size === 0) return;
  await db.transaction(async (tx) => {
    await tx
      .delete(councilAttendance)
      .where(and(eq(councilAttendance.meetingId, meetingId), inArray(councilAttendance.representativeId, [...ids])));
    await tx.insert(councilAttendance).values(
      [...ids].map((representativeId) => ({
        meetingId,
        representativeId,
        present: presentIds.includes(representativeId),
      })),
    );
  });
}
