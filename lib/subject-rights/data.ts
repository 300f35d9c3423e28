import "server-only";
import { getDb } from "@/db";
import type { Participant } from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import type { Ctx } from "@/lib/auth/session";
import { requireParticipant } from "@/lib/participants/data";
import { CONSENT_SCOPES } from "@/lib/consents/rules";
import { runConsentCascades } from "@/lib/privacy/data/cascade";
import { applyPrivacyRule } from "@/lib/privacy/data/erase";
import { loadParticipantSections } from "@/lib/privacy/data/export";
import { erasureAuditDetails, type ErasureReason } from "@/lib/privacy/reason";

/**
 * The export: who made it and when, then one section per table of the register that holds
 * the person's rows (lib/privacy/register), keyed as the register says.
 */
export type ParticipantExport = {
  exportedAt: string;
  exportedBy: string;
  municipality: string;
  participant: Participant;
} & Record<string, unknown>;

/**
 * Everything stored about one participant of the caller's municipality (the right of access,
 * GDPR art. 15): every row the register marks as theirs, including the audit trail.
 * Audited as what it is: reading it on the page, or downloading the file.
 */
export async function exportParticipant(
  ctx: Ctx,
  id: string,
  as: "view" | "download" = "download",
  now = new Date(),
): Promise<ParticipantExport> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await requireParticipant(tx, ctx, id);
    const sections = await loadParticipantSections(tx, id);
    await writeAudit(
      tx,
      ctx,
      as === "download"
        ? { participantId: id, action: "participant.export" }
        : { participantId: id, action: "participant.read", details: { purpose: "privacy" } },
    );
    return {
      exportedAt: now.toISOString(),
      exportedBy: ctx.name,
      municipality: ctx.membership.organizationName,
      ...sections,
      participant: sections.participant as Participant,
    };
  });
}

/**
 * Erasure on request (GDPR art. 17): the consent cascades first (proposals not yet a signed
 * agreement withdrawn, registrations for fairs not yet over cancelled), then every table's erasure
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
    await runConsentCascades(tx, CONSENT_SCOPES, id, ctx.userId, now);
    const { identifiers } = await applyPrivacyRule(tx, "erasure", ctx.membership.organizationId, [id], now);
    await writeAudit(tx, ctx, {
      participantId: id,
      action: "participant.anonymize",
      details: erasureAuditDetails(reason, identifiers),
    });
  });
}
