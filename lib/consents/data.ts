import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Tx } from "@/db";
import { consents, users } from "@/db/schema";
import type { ConsentMethod, ConsentScope } from "@/db/schema/follow-up";
import { writeAudit } from "@/lib/audit/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { requireParticipant } from "@/lib/participants/data";
import { withdrawPendingProposals } from "@/lib/placements/data";

export const CONSENT_SCOPES: ConsentScope[] = ["share_employers", "share_fair_exhibitors", "contact_email"];

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

/** Withdrawal takes effect at once: hasConsent() is false from this commit on. */
export async function withdrawConsent(ctx: Ctx, participantId: string, consentId: string): Promise<void> {
  if (!isUuid(consentId)) throw new NotFoundError("consent");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireParticipant(tx, ctx, participantId);
    const [row] = await tx
      .update(consents)
      .set({ withdrawnAt: new Date(), withdrawnBy: ctx.userId })
      .where(and(eq(consents.id, consentId), eq(consents.participantId, participantId), isNull(consents.withdrawnAt)))
      .returning({ scope: consents.scope });
    if (!row) throw new NotFoundError("consent");
    if (row.scope === "share_employers") await withdrawPendingProposals(tx, participantId, ctx.userId);
    await writeAudit(tx, ctx, { participantId, action: "consent.withdraw", details: { scope: row.scope } });
  });
}
