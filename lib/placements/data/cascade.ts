// The placement side of a withdrawn consent to share with employers. Owned here, called by the
// withdrawal use case (lib/consents/data/withdraw.ts) and by erasure on request, each in its own
// transaction. Imports nothing from lib/consents, so the two domains do not import each other.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { placementEvents, placements, slots } from "@/db/schema";
import { CONSENT_BOUND_STAGES } from "../rules";

/** Stored as the close reason and history note when consent to share is withdrawn. */
export const CONSENT_WITHDRAWN_NOTE = "Samtykke trukket tilbake";

/**
 * Consent to share with employers was withdrawn: every proposal not yet a signed agreement
 * (lib/privacy/visibility.ts) is withdrawn in the same transaction, an agreement being made
 * gives its position back, and the employer sees "no longer available".
 */
export async function withdrawPendingProposals(
  tx: Tx,
  participantId: string,
  userId: string | null,
  now = new Date(),
): Promise<number> {
  const pending = await tx
    .select({ id: placements.id, stage: placements.stage, slotId: placements.slotId })
    .from(placements)
    .where(and(eq(placements.participantId, participantId), inArray(placements.stage, CONSENT_BOUND_STAGES)))
    .for("update");
  if (pending.length === 0) return 0;
  await tx
    .update(placements)
    .set({
      stage: "withdrawn",
      closeReason: CONSENT_WITHDRAWN_NOTE,
      version: sql`${placements.version} + 1`,
      updatedAt: now,
    })
    .where(
      inArray(
        placements.id,
        pending.map((p) => p.id),
      ),
    );
  await tx.insert(placementEvents).values(
    pending.map((p) => ({
      placementId: p.id,
      fromStage: p.stage,
      toStage: "withdrawn" as const,
      byUserId: userId,
      note: CONSENT_WITHDRAWN_NOTE,
      at: now,
    })),
  );
  const freed = [...new Set(pending.filter((p) => p.stage === "agreement").map((p) => p.slotId))];
  if (freed.length > 0)
    await tx
      .update(slots)
      .set({ status: "open", updatedAt: now })
      .where(and(inArray(slots.id, freed), eq(slots.status, "filled")));
  return pending.length;
}
