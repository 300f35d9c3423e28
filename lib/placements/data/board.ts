// Lists of placements: the consultant's board, one slot's pipeline, and a participant's placements.
import "server-only";
import { and, asc, desc, eq, gte, inArray, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { organizations, participants, placements, slots } from "@/db/schema";
import type { PlacementOutcome, PlacementStage } from "@/db/schema/pipeline";
import type { Ctx } from "@/lib/auth/session";
import { requireSide, seesWholeMunicipality } from "../access";
import { OPEN_STAGES, quickMove } from "../rules";
import { placementScope, requireCitySlot } from "./scope";

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
  requireSide(ctx, "staff");
  const mine = seesWholeMunicipality(ctx.membership.role) ? undefined : eq(participants.assignedTo, ctx.userId);
  return boardRows(and(placementScope(ctx), mine)!, now);
}

/** One slot's pipeline: the municipality's own candidates for it. */
export async function slotBoard(ctx: Ctx, slotId: string, now = new Date()) {
  requireSide(ctx, "staff", "slot");
  const db = await getDb();
  const slot = await requireCitySlot(db, ctx, slotId);
  const cards = await boardRows(and(eq(placements.slotId, slot.id), placementScope(ctx))!, now);
  return { slot, cards };
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
