import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { auditLog, staffAudit, users } from "@/db/schema";
import type { Ctx, UserCtx } from "@/lib/auth/session";

/**
 * What is audited. Reads and changes of a participant record, each written in the same
 * request (and transaction, for changes) as the read or change itself.
 */
export type AuditAction =
  | "participant.read"
  | "participant.create"
  | "participant.update"
  | "participant.reassign"
  | "participant.import"
  | "participant.anonymize"
  | "participant.export"
  | "consent.give"
  | "consent.withdraw"
  | "contact.create"
  | "followup.complete"
  | "outcome.record"
  | "work.create"
  | "audit.read"
  | "placement.propose"
  | "placement.move"
  | "proposal.read"
  | "agreement.save"
  | "agreement.confirm"
  | "fair.register"
  | "fair.cancel"
  | "fair.lead";

export async function writeAudit(
  tx: Tx,
  ctx: Pick<Ctx, "userId" | "membership"> | { userId: string | null; membership: { organizationId: string } },
  entry: { participantId: string | null; action: AuditAction; details?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditLog).values({
    municipalityId: ctx.membership.organizationId,
    participantId: entry.participantId,
    userId: ctx.userId,
    action: entry.action,
    details: entry.details ?? null,
  });
}

export interface AuditRow {
  id: string;
  action: string;
  details: Record<string, unknown> | null;
  at: Date;
  userName: string | null;
}

/** The audit trail of one participant of the caller's municipality, newest first. */
export async function listAudit(
  ctx: Ctx,
  participantId: string,
  page = 1,
  pageSize = 50,
): Promise<{ rows: AuditRow[]; total: number }> {
  const db = await getDb();
  const where = and(
    eq(auditLog.municipalityId, ctx.membership.organizationId),
    eq(auditLog.participantId, participantId),
  );
  const [rows, [{ n }]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        action: auditLog.action,
        details: auditLog.details,
        at: auditLog.at,
        userName: users.name,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(where)
      .orderBy(desc(auditLog.at))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: n };
}

// ── Staff audit ──
// The one writer of staff_audit: every invitation and every change to people and roles, inside
// the transaction that makes the change, so there is no change without its line and no line
// without its change.

export type StaffAuditAction =
  | "invite"
  | "invite_employer_contact"
  | "revoke_invitation"
  | "role_change"
  | "deactivate"
  | "reactivate"
  // An operator's actions (/admin): on an organization, or installation-wide (no organization).
  | "organization_create"
  | "organization_deactivate"
  | "organization_reactivate"
  | "operator_setup"
  | "operator_invite"
  | "operator_remove"
  // An operator's changes to a council (no organization; the council's id is in `details`).
  | "council_create"
  | "council_update"
  | "council_member_add"
  | "council_member_end";

/**
 * Who acted: a member in their organization, or an operator (a `UserCtx` without membership, or the
 * command line with no user) on one organization or on the whole installation (organizationId null).
 */
export type StaffAuditActor = Ctx | UserCtx | { userId: string | null; organizationId: string | null };

/** One row under the organization acted in, so its administrator sees what was done to its people. */
export async function writeStaffAudit(
  tx: Tx,
  actor: StaffAuditActor,
  targetUserId: string | null,
  action: StaffAuditAction,
  details: Record<string, unknown>,
): Promise<void> {
  const organizationId =
    "membership" in actor ? actor.membership.organizationId : "organizationId" in actor ? actor.organizationId : null;
  await tx.insert(staffAudit).values({ organizationId, actorUserId: actor.userId, targetUserId, action, details });
}
