// One placement's page: its facts, the moves the caller may make, and its history.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { agreements, participants, placementEvents, placements, users } from "@/db/schema";
import type { PlacementStage } from "@/db/schema/pipeline";
import { actorOf } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { requireSide, visibleHistory } from "../access";
import { allowedMoves } from "../rules";
import { requirePlacement } from "./scope";

export interface HistoryRow {
  id: string;
  fromStage: PlacementStage | null;
  toStage: PlacementStage;
  byName: string | null;
  note: string | null;
  /** The note is the consultant's message to the employer with the proposal. */
  toEmployer: boolean;
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
  return visibleHistory(actorOf(ctx), rows);
}

/** The placement page for staff: who, where, the stage and the moves the caller may make. */
export async function placementDetail(ctx: Ctx, id: string) {
  requireSide(ctx, "staff");
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
