import "server-only";
// What a stand's lead on a programme participant sets going, inside saveLead's transaction: a
// follow-up for the participant's consultant, and optionally a placement on the employer's slot.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { followUps, placementEvents, placements, slots, type LeadKind } from "@/db/schema";
import { UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { OPEN_STAGES } from "@/lib/placements/rules";
import { createsFollowUp } from "../rules";

export interface FollowUpValues {
  municipalityId: string;
  participantId: string;
  staffId: string | null;
  title: string;
  dueOn: string;
}

/** One open follow-up per lead: created once, retitled when the kind changes, removed for "no follow-up" unless already done. */
export async function syncFollowUp(
  tx: Tx,
  existing: string | null,
  kind: LeadKind,
  values: FollowUpValues,
): Promise<string | null> {
  if (!createsFollowUp(kind)) {
    if (!existing) return null;
    const removed = await tx
      .delete(followUps)
      .where(and(eq(followUps.id, existing), isNull(followUps.doneAt)))
      .returning({ id: followUps.id });
    return removed.length ? null : existing;
  }
  if (existing) {
    const [kept] = await tx.select({ id: followUps.id }).from(followUps).where(eq(followUps.id, existing));
    if (kept) {
      await tx
        .update(followUps)
        .set({ title: values.title })
        .where(and(eq(followUps.id, existing), isNull(followUps.doneAt)));
      return existing;
    }
  }
  const [row] = await tx
    .insert(followUps)
    .values({ ...values, source: "fair_lead" })
    .returning({ id: followUps.id });
  return row.id;
}

/** A placement at "employer interested" on the employer's own open slot; an open one for the pair is reused. */
export async function placeOnSlot(
  tx: Tx,
  ctx: Ctx,
  slotId: string,
  participant: { id: string; municipalityId: string },
  now: Date,
): Promise<string> {
  if (!isUuid(slotId)) throw new UserError("leads.errors.slot", "slotId");
  const [slot] = await tx
    .select({ id: slots.id, employerId: slots.employerId })
    .from(slots)
    .where(and(eq(slots.id, slotId), eq(slots.employerId, ctx.membership.organizationId), eq(slots.status, "open")));
  if (!slot) throw new UserError("leads.errors.slot", "slotId");
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
  if (open && open.stage !== "suggested" && open.stage !== "proposed") return open.id;
  let id: string;
  if (open) {
    await tx
      .update(placements)
      .set({ stage: "employer_interested", version: open.version + 1, updatedAt: now })
      .where(eq(placements.id, open.id));
    id = open.id;
  } else {
    const [row] = await tx
      .insert(placements)
      .values({
        slotId: slot.id,
        participantId: participant.id,
        municipalityId: participant.municipalityId,
        employerId: slot.employerId,
        stage: "employer_interested",
        createdBy: ctx.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: placements.id });
    id = row.id;
  }
  await tx.insert(placementEvents).values({
    placementId: id,
    fromStage: open?.stage ?? null,
    toStage: "employer_interested",
    byUserId: ctx.userId,
    at: now,
  });
  return id;
}
