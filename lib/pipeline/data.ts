import "server-only";
import { and, asc, desc, eq, gte, inArray, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { agreements, organizations, participants, placementEvents, placements, slots, users } from "@/db/schema";
import type { PlacementOutcome, PlacementStage } from "@/db/schema/pipeline";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { actorOf, requireCitySlot, requirePlacement } from "@/lib/placements/data";
import { allowedMoves, OPEN_STAGES, quickMove } from "@/lib/placements/rules";

/** Finished placements stay on the board this long, so a consultant sees what just happened. */
export const RECENT_DAYS = 90;

export interface BoardCard {
  id: string;
  stage: PlacementStage;
  version: number;
  participantId: string;
  participantName: string;
  slotId: string;
  slotTitle: string;
  employerName: string;
  interviewAt: Date | null;
  outcome: PlacementOutcome | null;
  updatedAt: Date;
  /** The next step a button on the card can take at once, if any. */
  quick: PlacementStage | null;
}

async function boardRows(where: SQL, now: Date): Promise<BoardCard[]> {
  const db = await getDb();
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const rows = await db
    .select({
      id: placements.id,
      stage: placements.stage,
      version: placements.version,
      participantId: placements.participantId,
      firstName: participants.firstName,
      lastName: participants.lastName,
      slotId: placements.slotId,
      slotTitle: slots.title,
      employerName: organizations.name,
      interviewAt: placements.interviewAt,
      outcome: placements.outcome,
      updatedAt: placements.updatedAt,
    })
    .from(placements)
    .innerJoin(participants, eq(participants.id, placements.participantId))
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(organizations, eq(organizations.id, placements.employerId))
    .where(and(where, or(inArray(placements.stage, OPEN_STAGES), gte(placements.updatedAt, since))))
    .orderBy(asc(participants.firstName), asc(placements.id));
  return rows.map(({ firstName, lastName, ...r }) => ({
    ...r,
    participantName: `${firstName} ${lastName}`,
    quick: quickMove(r.stage, "staff"),
  }));
}

/** The consultant's pipeline: placements of their own participants; an admin sees the municipality's. */
export async function consultantBoard(ctx: Ctx, now = new Date()): Promise<BoardCard[]> {
  if (actorOf(ctx) !== "staff") throw new NotFoundError("placement");
  const mine = ctx.membership.role === "municipality_admin" ? undefined : eq(participants.assignedTo, ctx.userId);
  return boardRows(and(eq(placements.municipalityId, ctx.membership.organizationId), mine)!, now);
}

/** One slot's pipeline: the municipality's own candidates for it. */
export async function slotBoard(ctx: Ctx, slotId: string, now = new Date()) {
  if (actorOf(ctx) !== "staff") throw new NotFoundError("slot");
  const db = await getDb();
  const slot = await requireCitySlot(db, ctx, slotId);
  const cards = await boardRows(
    and(eq(placements.slotId, slot.id), eq(placements.municipalityId, ctx.membership.organizationId))!,
    now,
  );
  return { slot, cards };
}

export interface HistoryRow {
  id: string;
  fromStage: PlacementStage | null;
  toStage: PlacementStage;
  byName: string | null;
  note: string | null;
  at: Date;
}

/** Every move of a placement, oldest first. Employers see the moves but not the consultant's notes. */
export async function placementHistory(ctx: Ctx, id: string): Promise<HistoryRow[]> {
  const db = await getDb();
  const p = await requirePlacement(db, ctx, id);
  const rows = await db
    .select({
      id: placementEvents.id,
      fromStage: placementEvents.fromStage,
      toStage: placementEvents.toStage,
      byName: users.name,
      note: placementEvents.note,
      at: placementEvents.at,
    })
    .from(placementEvents)
    .leftJoin(users, eq(users.id, placementEvents.byUserId))
    .where(eq(placementEvents.placementId, p.id))
    .orderBy(asc(placementEvents.at), asc(placementEvents.id));
  return actorOf(ctx) === "staff"
    ? rows
    : rows.filter((r) => r.toStage !== "suggested").map((r) => ({ ...r, note: null }));
}

/** The placement page for staff: who, where, the stage and the moves the caller may make. */
export async function placementDetail(ctx: Ctx, id: string) {
  if (actorOf(ctx) !== "staff") throw new NotFoundError("placement");
  const db = await getDb();
  const p = await requirePlacement(db, ctx, id);
  const creator = alias(users, "creator");
  const [row] = await db
    .select({
      firstName: participants.firstName,
      lastName: participants.lastName,
      closeReason: placements.closeReason,
      outcome: placements.outcome,
      interviewAt: placements.interviewAt,
      createdAt: placements.createdAt,
      createdByName: creator.name,
      agreementId: agreements.id,
    })
    .from(placements)
    .innerJoin(participants, eq(participants.id, placements.participantId))
    .leftJoin(creator, eq(creator.id, placements.createdBy))
    .leftJoin(agreements, eq(agreements.placementId, placements.id))
    .where(eq(placements.id, p.id));
  return {
    ...p,
    ...row,
    participantName: `${row.firstName} ${row.lastName}`,
    hasAgreement: row.agreementId !== null,
    moves: allowedMoves(p.stage, "staff"),
  };
}

export interface ParticipantPlacement {
  id: string;
  stage: PlacementStage;
  outcome: PlacementOutcome | null;
  slotTitle: string;
  employerName: string;
  updatedAt: Date;
}

/** Every placement of one participant of the caller's municipality, newest first, for the participant page. */
export async function participantPlacements(ctx: Ctx, participantId: string): Promise<ParticipantPlacement[]> {
  const db = await getDb();
  return db
    .select({
      id: placements.id,
      stage: placements.stage,
      outcome: placements.outcome,
      slotTitle: slots.title,
      employerName: organizations.name,
      updatedAt: placements.updatedAt,
    })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(organizations, eq(organizations.id, placements.employerId))
    .where(
      and(eq(placements.participantId, participantId), eq(placements.municipalityId, ctx.membership.organizationId)),
    )
    .orderBy(desc(placements.updatedAt));
}
