import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import {
  agreements,
  auditLog,
  consents,
  contacts,
  followUps,
  participantExperience,
  participantLanguages,
  participantOutcomes,
  participantStatusChanges,
  participantWishes,
  participants,
  placementEvents,
  placements,
  workPeriods,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import type { Ctx } from "@/lib/auth/session";
import { requireParticipant } from "@/lib/participants/data";
import { withdrawPendingProposals } from "@/lib/placements/data/cascade";
import { applyPrivacyRule } from "@/lib/privacy/data/erase";
import { erasureAuditDetails, type ErasureReason } from "@/lib/privacy/reason";

/**
 * Everything stored about one participant of the caller's municipality (the right of access,
 * GDPR art. 15): the record and every row that refers to it, including the audit trail.
 * The export itself is audited.
 */
export async function exportParticipant(ctx: Ctx, id: string, now = new Date()) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireParticipant(tx, ctx, id);
    const by = <T extends { participantId: unknown }>(table: T) => eq(table.participantId as never, id);
    const [record] = await tx.select().from(participants).where(eq(participants.id, id));
    const placementRows = await tx.select().from(placements).where(by(placements)).orderBy(asc(placements.createdAt));
    const placementIds = placementRows.map((p) => p.id);
    const [
      languages,
      experience,
      wishes,
      statusChanges,
      outcomes,
      consentRows,
      contactRows,
      followUpRows,
      work,
      events,
      agreementRows,
      audit,
    ] = await Promise.all([
      tx.select().from(participantLanguages).where(by(participantLanguages)),
      tx.select().from(participantExperience).where(by(participantExperience)),
      tx.select().from(participantWishes).where(by(participantWishes)).orderBy(asc(participantWishes.rank)),
      tx
        .select()
        .from(participantStatusChanges)
        .where(by(participantStatusChanges))
        .orderBy(asc(participantStatusChanges.changedAt)),
      tx.select().from(participantOutcomes).where(by(participantOutcomes)),
      tx.select().from(consents).where(by(consents)).orderBy(asc(consents.recordedAt)),
      tx.select().from(contacts).where(by(contacts)).orderBy(asc(contacts.contactDate)),
      tx.select().from(followUps).where(by(followUps)).orderBy(asc(followUps.dueOn)),
      tx.select().from(workPeriods).where(by(workPeriods)).orderBy(asc(workPeriods.startsOn)),
      placementIds.length
        ? tx
            .select()
            .from(placementEvents)
            .where(inArray(placementEvents.placementId, placementIds))
            .orderBy(asc(placementEvents.at))
        : [],
      placementIds.length ? tx.select().from(agreements).where(inArray(agreements.placementId, placementIds)) : [],
      tx.select().from(auditLog).where(by(auditLog)).orderBy(asc(auditLog.at)),
    ]);
    await writeAudit(tx, ctx, { participantId: id, action: "participant.export" });
    return {
      exportedAt: now.toISOString(),
      exportedBy: ctx.name,
      municipality: ctx.membership.organizationName,
      participant: record,
      languages,
      experience,
      wishes,
      statusChanges,
      outcomes,
      consents: consentRows,
      contacts: contactRows,
      followUps: followUpRows,
      workPeriods: work,
      placements: placementRows.map((p) => ({
        ...p,
        events: events.filter((e) => e.placementId === p.id),
        agreement: agreementRows.find((a) => a.placementId === p.id) ?? null,
      })),
      auditLog: audit,
    };
  });
}

export type ParticipantExport = Awaited<ReturnType<typeof exportParticipant>>;

/**
 * Erasure on request (GDPR art. 17): pending proposals withdrawn, then every table's erasure
 * rule from the register, and the fact written to the audit log (a reason code, and the note
 * without the person's identifiers: lib/privacy/reason.ts) — all in one transaction.
 */
export async function eraseParticipant(
  ctx: Ctx,
  id: string,
  reason: { code: ErasureReason; note?: string | null },
  now = new Date(),
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireParticipant(tx, ctx, id);
    await withdrawPendingProposals(tx, id, ctx.userId, now);
    const { identifiers } = await applyPrivacyRule(tx, "erasure", ctx.membership.organizationId, [id], now);
    await writeAudit(tx, ctx, {
      participantId: id,
      action: "participant.anonymize",
      details: erasureAuditDetails(reason, identifiers),
    });
  });
}
