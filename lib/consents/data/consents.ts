// Consents of one participant: the history, whether one is in force, and recording one. A leaf:
// other domains (placements, fairs) ask hasConsent() before sharing anything, so nothing here
// imports them. Withdrawal, which also reaches into placements, is in withdraw.ts.
import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Tx } from "@/db";
import { consents, users } from "@/db/schema";
import type { ConsentMethod, ConsentScope } from "@/db/schema/follow-up";
import { writeAudit } from "@/lib/audit/data";
import { UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { requireParticipant } from "@/lib/participants/data";

export interface ConsentRow {
  id: string;
  scope: ConsentScope;
  givenOn: string;
  method: ConsentMethod;
  recordedByName: string | null;
  withdrawnAt: Date | null;
  withdrawnByName: string | null;
}

/** Every consent ever recorded for the participant, newest first (the history), in the caller's municipality. */
export async function listConsents(ctx: Ctx, participantId: string): Promise<ConsentRow[]> {
  const db = await getDb();
  await requireParticipant(db, ctx, participantId);
  const recorder = alias(users, "recorder");
  const withdrawer = alias(users, "withdrawer");
  return db
    .select({
      id: consents.id,
      scope: consents.scope,
      givenOn: consents.givenOn,
      method: consents.method,
      recordedByName: recorder.name,
      withdrawnAt: consents.withdrawnAt,
      withdrawnByName: withdrawer.name,
    })
    .from(consents)
    .leftJoin(recorder, eq(recorder.id, consents.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnBy))
    .where(eq(consents.participantId, participantId))
    .orderBy(desc(consents.recordedAt));
}

/** Whether a consent is in force right now. Other areas (proposals, fairs) ask this before sharing anything. */
export async function hasConsent(tx: Tx, participantId: string, scope: ConsentScope): Promise<boolean> {
  const [row] = await tx
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.participantId, participantId), eq(consents.scope, scope), isNull(consents.withdrawnAt)))
    .limit(1);
  return Boolean(row);
}

export async function giveConsent(
  ctx: Ctx,
  input: { participantId: string; scope: ConsentScope; givenOn: string; method: ConsentMethod },
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireParticipant(tx, ctx, input.participantId);
    if (await hasConsent(tx, input.participantId, input.scope))
      throw new UserError("participants.errors.consentActive", "scope");
    await tx.insert(consents).values({ ...input, recordedBy: ctx.userId });
    await writeAudit(tx, ctx, {
      participantId: input.participantId,
      action: "consent.give",
      details: { scope: input.scope, method: input.method },
    });
  });
}
