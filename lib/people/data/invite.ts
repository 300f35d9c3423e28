import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { memberships, users, verificationTokens } from "@/db/schema";
import type { Role } from "@/db/schema/organizations";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { createInvitationLink } from "@/lib/auth/data";
import { INVITATION_DAYS } from "@/lib/auth/tokens";
import { writeStaffAudit } from "@/lib/audit/data";
import { localeOf, sendEmail } from "@/lib/email/data";
import { staffInvitationEmail } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locale";
import { mayManagePerson, usesAdminFlag } from "../access";
import { personStatus } from "../rules";
import type { InvitePersonInput } from "../schemas";
import { requireManager, requireMembership } from "./people";

/**
 * Invites a person to the actor's organization in one transaction: the user (if the email is
 * new), the membership, a sign-in token valid for a week, the invitation email in the outbox
 * and the staff audit entry. Memberships in other organizations are never touched.
 */
export async function invitePerson(
  ctx: Ctx,
  input: InvitePersonInput,
  opts: { locale: Locale; now?: Date },
): Promise<{ userId: string; created: boolean }> {
  const roles = requireManager(ctx);
  if (!roles.includes(input.role)) throw new UserError("people.errors.chooseRole", "role");
  const isAdmin = usesAdminFlag(ctx.membership) && input.isAdmin;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const invited = await addInvitedMember(tx, {
      organization: { id: ctx.membership.organizationId, name: ctx.membership.organizationName },
      inviterName: ctx.name,
      person: { name: input.name, email: input.email, role: input.role, isAdmin },
      locale: opts.locale,
      now: opts.now ?? new Date(),
    });
    await writeStaffAudit(tx, ctx, invited.userId, "invite", {
      role: input.role,
      isAdmin,
      newUser: invited.created,
    });
    return invited;
  });
}

/**
 * The invitation itself, in the caller's transaction: the user (if the email is new), the
 * membership, the sign-in link and its email in the outbox. Shared by an organization's admin
 * inviting a colleague and an operator inviting an organization's first admin; each caller
 * writes its own audit line. Someone deactivated, or already in the organization, is refused.
 */
export async function addInvitedMember(
  tx: Tx,
  p: {
    organization: { id: string; name: string };
    inviterName: string;
    person: { name: string; email: string; role: Role; isAdmin: boolean };
    locale: Locale;
    now: Date;
  },
): Promise<{ userId: string; created: boolean }> {
  const { person, organization } = p;
  const [found] = await tx
    .select({ id: users.id, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.email, person.email))
    .limit(1);
  if (found?.deactivatedAt) throw new UserError("people.errors.inviteDeactivated", "email");
  // Someone who already has an account is invited in their own language, a new person in the
  // inviter's; asked before the new account exists, which has no language of its own yet.
  const locale = await localeOf(tx, person.email, p.locale);
  const user =
    found ?? (await tx.insert(users).values({ name: person.name, email: person.email }).returning({ id: users.id }))[0];
  const inserted = await tx
    .insert(memberships)
    .values({ userId: user.id, organizationId: organization.id, role: person.role, isAdmin: person.isAdmin })
    .onConflictDoNothing()
    .returning({ id: memberships.id });
  const [other] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, user.id),
        eq(memberships.organizationId, organization.id),
        inserted[0] ? ne(memberships.id, inserted[0].id) : undefined,
      ),
    )
    .limit(1);
  // Someone already here gets a clear message instead of a second role or a second invitation.
  if (inserted.length === 0 || other) throw new UserError("people.errors.alreadyMember", "email");
  const url = await createInvitationLink(tx, person.email, p.now);
  await sendEmail(
    tx,
    staffInvitationEmail({
      to: person.email,
      url,
      days: INVITATION_DAYS,
      inviterName: p.inviterName,
      organizationName: organization.name,
      role: person.role,
      locale,
    }),
  );
  return { userId: user.id, created: !found };
}

/**
 * Withdraws an invitation nobody has used yet: the membership goes, and so do the sign-in
 * link and the account when the person belongs nowhere else (they never signed in, so there
 * is no history to keep). The staff audit line keeps whom the invitation was for.
 */
export async function revokeInvitation(ctx: Ctx, membershipId: string): Promise<{ name: string }> {
  requireManager(ctx);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await requireMembership(tx, ctx, membershipId);
    if (!mayManagePerson(ctx.membership, target)) throw new NotFoundError("membership");
    if (personStatus(target) !== "invited") throw new UserError("people.errors.notInvited");
    await writeStaffAudit(tx, ctx, target.userId, "revoke_invitation", { role: target.role, email: target.email });
    await tx.delete(memberships).where(eq(memberships.id, target.id));
    const [elsewhere] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(eq(memberships.userId, target.userId))
      .limit(1);
    if (!elsewhere) {
      await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, target.email));
      await tx.delete(users).where(and(eq(users.id, target.userId), isNull(users.emailVerified)));
    }
    return { name: target.name ?? target.email };
  });
}
