import "server-only";
// A placement that starts on the employer's side: a stand's lead on a programme participant asks
// for one on the employer's own open slot. Runs inside the lead's transaction.
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { placementEvents, placements, slots } from "@/db/schema";
import { UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { OPEN_STAGES } from "../rules";

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
