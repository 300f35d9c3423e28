import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { memberships, sessions, users, verificationTokens } from "@/db/schema";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { writeStaffAudit } from "@/lib/audit/data";
import { isOrgAdmin, leavesNoAdmin, mayDeactivate, mayManagePerson, usesAdminFlag } from "../access";
import type { ChangeRoleInput } from "../schemas";
import { activeAdmins, requireManager, requireMembership } from "./people";

/** Changes a person's role (and admin flag) in the actor's organization. */
export async function changeRole(ctx: Ctx, input: ChangeRoleInput): Promise<void> {
  const roles = requireManager(ctx);
  if (!roles.includes(input.role)) throw new UserError("people.errors.chooseRole", "role");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const target = await requireMembership(tx, ctx, input.membershipId);
    if (!mayManagePerson(ctx.membership, target)) throw new NotFoundError("membership");
    const after = { role: input.role, isAdmin: usesAdminFlag(ctx.membership) && input.isAdmin };
    if (after.role === target.role && after.isAdmin === target.isAdmin) return;
    if (
      !target.deactivatedAt &&
      leavesNoAdmin(ctx.membership.organizationKind, await activeAdmins(tx, ctx), target, after)
    ) {
      throw new UserError("people.errors.lastAdmin", "role");
    }
    const [clash] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, target.userId),
          eq(memberships.organizationId, ctx.membership.organizationId),
          eq(memberships.role, after.role),
          ne(memberships.id, target.id),
        ),
      )
      .limit(1);
    if (clash) throw new UserError("people.errors.hasRole", "role");
    await tx.update(memberships).set(after).where(eq(memberships.id, target.id));
    await writeStaffAudit(tx, ctx, target.userId, "role_change", {
      from: { role: target.role, isAdmin: target.isAdmin },
      to: after,
    });
  });
}

export type DeactivateResult = "deactivated" | "membershipRemoved";

/**
 * Ends a person's access. Someone who also belongs to another organization only loses
 * their membership here, since another organization's staff is not ours to switch off.
 * Otherwise the person is deactivated: sessions and sign-in links go at once; their name
 * stays on everything they wrote.
 */
export async function deactivatePerson(
  ctx: Ctx,
  membershipId: string,
  now = new Date(),
): Promise<{ result: DeactivateResult; name: string }> {
  requireManager(ctx);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await requireMembership(tx, ctx, membershipId);
    if (!mayManagePerson(ctx.membership, target)) throw new NotFoundError("membership");
    if (!mayDeactivate(ctx.userId, target)) throw new UserError("people.errors.self");
    const name = target.name ?? target.email;
    if (target.deactivatedAt) return { result: "deactivated" as const, name };
    if (
      isOrgAdmin(target) &&
      leavesNoAdmin(ctx.membership.organizationKind, await activeAdmins(tx, ctx), target, {
        role: "consultant",
        isAdmin: false,
      })
    ) {
      throw new UserError("people.errors.lastAdmin");
    }
    const [elsewhere] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, target.userId), ne(memberships.organizationId, ctx.membership.organizationId)))
      .limit(1);
    if (elsewhere) {
      await tx
        .delete(memberships)
        .where(
          and(eq(memberships.userId, target.userId), eq(memberships.organizationId, ctx.membership.organizationId)),
        );
      await writeStaffAudit(tx, ctx, target.userId, "deactivate", { scope: "membership", role: target.role });
      return { result: "membershipRemoved" as const, name };
    }
    // A deactivated person is nobody's contact any more: the name stays on history, the phone goes.
    await tx.update(users).set({ deactivatedAt: now, phone: null, updatedAt: now }).where(eq(users.id, target.userId));
    await tx.delete(sessions).where(eq(sessions.userId, target.userId));
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, target.email));
    await writeStaffAudit(tx, ctx, target.userId, "deactivate", { scope: "user", role: target.role });
    return { result: "deactivated" as const, name };
  });
}

/** Gives a deactivated person of the actor's organization access again; they sign in with a new link. */
export async function reactivatePerson(ctx: Ctx, membershipId: string, now = new Date()): Promise<{ name: string }> {
  requireManager(ctx);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await requireMembership(tx, ctx, membershipId);
    if (!mayManagePerson(ctx.membership, target)) throw new NotFoundError("membership");
    if (target.deactivatedAt) {
      await tx.update(users).set({ deactivatedAt: null, updatedAt: now }).where(eq(users.id, target.userId));
      await writeStaffAudit(tx, ctx, target.userId, "reactivate", { role: target.role });
    }
    return { name: target.name ?? target.email };
  });
}
