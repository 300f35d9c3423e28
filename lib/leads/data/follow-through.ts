import "server-only";
// What a stand's lead on a programme participant sets going, inside saveLead's transaction: a
// follow-up for the participant's consultant. The placement a lead may ask for is the placement
// domain's (lib/placements/data/from-lead.ts).
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { followUps, type LeadKind } from "@/db/schema";
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
