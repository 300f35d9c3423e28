// Writes that move a placement along: a proposal, and each step after it. Every step checks
// the rules (rules.ts), the caller's side (access.ts) and the version the caller loaded.
import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { placementEvents, placements, slots } from "@/db/schema";
import type { PlacementOutcome, PlacementStage } from "@/db/schema/pipeline";
import { isUniqueViolation } from "@/db/errors";
import { writeAudit } from "@/lib/audit/data";
import { UserError } from "@/lib/auth/errors";
import { actorOf } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { hasConsent } from "@/lib/consents/data/consents";
import { requireParticipant } from "@/lib/participants/data";
import { ACTIVE_STATUSES } from "@/lib/participants/rules";
import { requireSide } from "../access";
import {
  canMove,
  encodeEmployerMessage,
  isClosingMove,
  missingForMove,
  OPEN_STAGES,
  POSITION_STAGES,
  positionCheck,
} from "../rules";
import { notifyConsultant, notifyEmployer } from "./notify";
import { auditCtx, requireCitySlot, requirePlacement } from "./scope";

/** Sharing needs the participant's consent and an open slot, checked in the transaction that shares. */
async function assertShareable(tx: Tx, participantId: string, slotStatus: string): Promise<void> {
  if (slotStatus !== "open") throw new UserError("placements.errors.slotNotOpen");
  if (!(await hasConsent(tx, participantId, "share_employers"))) throw new UserError("placements.errors.noConsent");
}

/**
 * Proposes a participant for a slot: staff only, with consent, once per slot. A suggestion
 * on the consultant's shortlist becomes the proposal. The employer's people get an email.
 */
export async function proposeParticipant(
  ctx: Ctx,
  input: { slotId: string; participantId: string; note: string | null },
  now = new Date(),
): Promise<string> {
  requireSide(ctx, "staff");
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const participant = await requireParticipant(tx, ctx, input.participantId);
      const slot = await requireCitySlot(tx, ctx, input.slotId);
      if (!ACTIVE_STATUSES.includes(participant.status)) throw new UserError("placements.errors.participantInactive");
      await assertShareable(tx, participant.id, slot.status);
      const [open] = await tx
        .select({ id: placements.id, stage: placements.stage, version: placements.version })
        .from(placements)
        .where(
          and(
            eq(placements.slotId, slot.id),
            eq(placements.participantId, participant.id),
            inArray(placements.stage, OPEN_STAGES),
          ),
        );
      if (open && open.stage !== "suggested") throw new UserError("placements.errors.alreadyProposed");
      let id: string;
      if (open) {
        await tx
          .update(placements)
          .set({ stage: "proposed", version: open.version + 1, updatedAt: now })
          .where(eq(placements.id, open.id));
        id = open.id;
      } else {
        const [row] = await tx
          .insert(placements)
          .values({
            slotId: slot.id,
            participantId: participant.id,
            municipalityId: ctx.membership.organizationId,
            employerId: slot.employerId,
            stage: "proposed",
            createdBy: ctx.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: placements.id });
        id = row.id;
      }
      await tx.insert(placementEvents).values({
        placementId: id,
        fromStage: open ? "suggested" : null,
        toStage: "proposed",
        byUserId: ctx.userId,
        // The note on a proposal is the consultant's message to the employer (lib/placements/access.ts).
        note: encodeEmployerMessage(input.note),
        at: now,
      });
      await notifyEmployer(tx, ctx, { id, employerId: slot.employerId, slotTitle: slot.title });
      await writeAudit(tx, ctx, {
        participantId: participant.id,
        action: "placement.propose",
        details: { placementId: id, slotId: slot.id },
      });
      return id;
    });
  } catch (err) {
    // Two proposals of the same pair at the same moment: the partial unique index lets one through.
    if (isUniqueViolation(err)) throw new UserError("placements.errors.alreadyProposed");
    throw err;
  }
}

export interface MoveOptions {
  note?: string | null;
  reason?: string | null;
  outcome?: PlacementOutcome | null;
  interviewAt?: Date | null;
}

/**
 * Moves a placement one step, if the rules and the caller's role allow it and nobody moved
 * it since the caller loaded it. Taking a position locks the slot row first, so two
 * acceptances of the last position never both succeed.
 */
export async function movePlacement(
  ctx: Ctx,
  id: string,
  version: number,
  to: PlacementStage,
  opts: MoveOptions = {},
  now = new Date(),
): Promise<void> {
  const actor = actorOf(ctx);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const p = await requirePlacement(tx, ctx, id);
    if (!canMove(p.stage, to, actor)) throw new UserError("placements.errors.moveNotAllowed");
    const missing = missingForMove(to, opts, now);
    if (missing) throw new UserError(missing.key, missing.field);
    if (p.version !== version) throw new UserError("placements.errors.stale");

    const takesPosition = POSITION_STAGES.includes(to) && !POSITION_STAGES.includes(p.stage);
    const freesPosition = p.stage === "agreement" && isClosingMove(to);
    let slotStatus: string | null = null;
    if (takesPosition || freesPosition || to === "proposed") {
      const [slot] = await tx
        .select({ positions: slots.positions, status: slots.status })
        .from(slots)
        .where(eq(slots.id, p.slotId))
        .for("update");
      slotStatus = slot.status;
      if (to === "proposed") await assertShareable(tx, p.participantId, slot.status);
      if (takesPosition) {
        const [{ n }] = await tx
          .select({ n: count() })
          .from(placements)
          .where(and(eq(placements.slotId, p.slotId), inArray(placements.stage, POSITION_STAGES)));
        const check = positionCheck(n, slot.positions);
        if (!check.fits) throw new UserError("placements.errors.full");
        if (check.fillsSlot)
          await tx
            .update(slots)
            .set({ status: "filled", updatedAt: now })
            .where(and(eq(slots.id, p.slotId), eq(slots.status, "open")));
      }
    }
    // An agreement that falls through gives its position back.
    if (freesPosition && slotStatus === "filled")
      await tx.update(slots).set({ status: "open", updatedAt: now }).where(eq(slots.id, p.slotId));

    const closing = isClosingMove(to);
    const [updated] = await tx
      .update(placements)
      .set({
        stage: to,
        version: p.version + 1,
        updatedAt: now,
        ...(closing ? { closeReason: opts.reason ?? opts.note ?? null } : {}),
        ...(to === "completed" ? { outcome: opts.outcome } : {}),
        ...(to === "interview" ? { interviewAt: opts.interviewAt } : {}),
      })
      .where(and(eq(placements.id, id), eq(placements.version, version)))
      .returning({ id: placements.id });
    if (!updated) throw new UserError("placements.errors.stale");
    const note = [opts.reason, opts.note].filter(Boolean).join(" – ") || null;
    await tx
      .insert(placementEvents)
      .values({ placementId: id, fromStage: p.stage, toStage: to, byUserId: ctx.userId, note, at: now });

    if (to === "proposed") await notifyEmployer(tx, ctx, { id, employerId: p.employerId, slotTitle: p.slotTitle });
    if (actor === "employer" && (to === "employer_interested" || to === "interview" || to === "declined_by_employer"))
      await notifyConsultant(tx, p, to);
    await writeAudit(tx, auditCtx(ctx, p.municipalityId), {
      participantId: p.participantId,
      action: "placement.move",
      details: { placementId: id, from: p.stage, to },
    });
  });
}
