import "server-only";
// The one writer of staff_audit: every invitation and every change to people and roles, inside
// the transaction that makes the change, so there is no change without its line and no line
// without its change.
import type { Tx } from "@/db";
import { staffAudit } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";

export type StaffAuditAction = "invite" | "invite_employer_contact" | "role_change" | "deactivate" | "reactivate";

/** One row under the actor's organization, so its administrator sees what its staff did. */
export async function writeStaffAudit(
  tx: Tx,
  ctx: Ctx,
  targetUserId: string,
  action: StaffAuditAction,
  details: Record<string, unknown>,
): Promise<void> {
  await tx
    .insert(staffAudit)
    .values({ organizationId: ctx.membership.organizationId, actorUserId: ctx.userId, targetUserId, action, details });
}
