import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { participantOutcomes } from "@/db/schema";
import type { Outcome, OutcomeTimepoint } from "@/db/schema/participants";
import { writeAudit } from "@/lib/audit/data";
import type { Ctx } from "@/lib/auth/session";
import { requireParticipant } from "@/lib/participants/data";

export interface OutcomeRow {
  timepoint: OutcomeTimepoint;
  outcome: Outcome;
  reason: string | null;
  recordedAt: Date;
}

export async function listOutcomes(ctx: Ctx, participantId: string): Promise<OutcomeRow[]> {
  const db = await getDb();
  await requireParticipant(db, ctx, participantId);
  return db
    .select({
      timepoint: participantOutcomes.timepoint,
      outcome: participantOutcomes.outcome,
      reason: participantOutcomes.reason,
      recordedAt: participantOutcomes.recordedAt,
    })
    .from(participantOutcomes)
    .where(eq(participantOutcomes.participantId, participantId))
    .orderBy(asc(participantOutcomes.timepoint));
}

/** Records (or corrects) the outcome at programme end or one year later. */
export async function recordOutcome(
  ctx: Ctx,
  input: { participantId: string; timepoint: OutcomeTimepoint; outcome: Outcome; reason: string | null },
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireParticipant(tx, ctx, input.participantId);
    const reason = input.outcome === "neither" ? input.reason : null;
    await tx
      .insert(participantOutcomes)
      .values({ ...input, reason, recordedBy: ctx.userId })
      .onConflictDoUpdate({
        target: [participantOutcomes.participantId, participantOutcomes.timepoint],
        set: { outcome: input.outcome, reason, recordedBy: ctx.userId, recordedAt: sql`now()` },
      });
    await writeAudit(tx, ctx, {
      participantId: input.participantId,
      action: "outcome.record",
      details: { timepoint: input.timepoint, outcome: input.outcome },
    });
  });
}
