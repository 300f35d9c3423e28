import "server-only";
import { and, asc, count, eq, isNull, ne, or } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { memberships, sessions, users, verificationTokens } from "@/db/schema";
import type { Role } from "@/db/schema/organizations";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { createInvitationLink } from "@/lib/auth/data";
import { INVITATION_DAYS } from "@/lib/auth/tokens";
import { sendEmail } from "@/lib/email/data";
import { staffInvitationEmail } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locale";
import { assignableRoles, isOrgAdmin, leavesNoAdmin, mayDeactivate, mayManagePerson, usesAdminFlag } from "./access";
import { writeStaffAudit } from "@/lib/audit/data";
import { personStatus, type PersonStatus } from "./rules";
import type { ChangeRoleInput, InvitePersonInput } from "./schemas";

/** The roles the actor may give, or NotFoundError (→ 404) when they may not manage people here. */
export function requireManager(ctx: Ctx): Role[] {
  const roles = assignableRoles(ctx.membership);
  if (!roles) throw new NotFoundError("people");
  return roles;
}

export interface Person {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  isAdmin: boolean;
  status: PersonStatus;
  isSelf: boolean;
}

/** Everyone with a membership in the actor's organization, deactivated people included. */
export async function listPeople(ctx: Ctx): Promise<Person[]> {
  requireManager(ctx);
  const db = await getDb();
  const rows = await db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      isAdmin: memberships.isAdmin,
      deactivatedAt: users.deactivatedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, ctx.membership.organizationId))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map(({ deactivatedAt, ...r }) => ({
    ...r,
    name: r.name ?? r.email,
    status: personStatus({ deactivatedAt }),
    isSelf: r.userId === ctx.userId,
  }));
}

/** One person of the actor's organization, for the confirmation page; another id is NotFoundError. */
export async function getPerson(ctx: Ctx, membershipId: string): Promise<Person & { elsewhere: boolean }> {
  requireManager(ctx);
  const db = await getDb();
  const [row] = await db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      isAdmin: memberships.isAdmin,
      deactivatedAt: users.deactivatedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, ctx.membership.organizationId)));
  if (!row || !mayManagePerson(ctx.membership, row)) throw new NotFoundError("membership");
  const [other] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, row.userId), ne(memberships.organizationId, ctx.membership.organizationId)))
    .limit(1);
  const { deactivatedAt, ...rest } = row;
  return {
    ...rest,
    name: row.name ?? row.email,
    status: personStatus({ deactivatedAt }),
    isSelf: row.userId === ctx.userId,
    elsewhere: Boolean(other),
  };
}

/** A membership of the actor's organization; any other id is NotFoundError. */
async function requireMembership(tx: Tx, ctx: Ctx, membershipId: string) {
  const [row] = await tx
    .select({
      id: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      isAdmin: memberships.isAdmin,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, ctx.membership.organizationId)))
    .for("update");
  if (!row) throw new NotFoundError("membership");
  return row;
}

/** Active administrators of the actor's organization (deactivated people do not count). */
async function activeAdmins(tx: Tx, ctx: Ctx): Promise<number> {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, ctx.membership.organizationId),
        isNull(users.deactivatedAt),
        or(
          eq(memberships.role, "municipality_admin"),
          and(eq(memberships.role, "association_staff"), eq(memberships.isAdmin, true)),
        ),
      ),
    );
  return n;
}

/**
 * Invites a person to the actor's organization in one transaction: the user (if the email is
 * new), the membership, a sign-in token valid for a week, the invitation email in the outbox
 * and the staff audit entry. Memberships in other organizations are never touched.
 */
export async function invitePerson(
  ctx: Ctx,
  input: InvitePersonInput,
  opts: { origin: string; locale: Locale; now?: Date },
): Promise<{ userId: string; created: boolean }> {
  const roles = requireManager(ctx);
  if (!roles.includes(input.role)) throw new UserError("people.errors.chooseRole", "role");
  const isAdmin = usesAdminFlag(ctx.membership) && input.isAdmin;
  const now = opts.now ?? new Date();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: users.id, deactivatedAt: users.deactivatedAt })
      .from(users)
      .where(eq(users.email, input.email))
      .limit(1);
    if (found?.deactivatedAt) throw new UserError("people.errors.inviteDeactivated", "email");
    const user =
      found ?? (await tx.insert(users).values({ name: input.name, email: input.email }).returning({ id: users.id }))[0];
    const inserted = await tx
      .insert(memberships)
      .values({ userId: user.id, organizationId: ctx.membership.organizationId, role: input.role, isAdmin })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    const [other] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, user.id),
          eq(memberships.organizationId, ctx.membership.organizationId),
          inserted[0] ? ne(memberships.id, inserted[0].id) : undefined,
        ),
      )
      .limit(1);
    // Someone already here gets a clear message instead of a second role or a second invitation.
    if (inserted.length === 0 || other) throw new UserError("people.errors.alreadyMember", "email");
    const url = await createInvitationLink(tx, input.email, opts.origin, now);
    await sendEmail(
      tx,
      staffInvitationEmail({
        to: input.email,
        url,
        days: INVITATION_DAYS,
        inviterName: ctx.name,
        organizationName: ctx.membership.organizationName,
        role: input.role,
        locale: opts.locale,
      }),
    );
    await writeStaffAudit(tx, ctx, user.id, "invite", { role: input.role, isAdmin, newUser: !found });
    return { userId: user.id, created: !found };
  });
}

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
    await tx.update(users).set({ deactivatedAt: now, updatedAt: now }).where(eq(users.id, target.userId));
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
