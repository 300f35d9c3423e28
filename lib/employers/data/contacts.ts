import "server-only";
// Changes to an employer: its profile, the municipality's contact person, and the employer's own
// contact people (added, or invited by email); and "your contact" for the employer's pages.
import { and, asc, eq, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { employerContacts, employerRelations, memberships, organizations, users } from "@/db/schema";
import { UserError } from "@/lib/auth/errors";
import { isEmployerRole } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { createInvitationLink } from "@/lib/auth/data";
import { INVITATION_DAYS } from "@/lib/auth/tokens";
import { localeOf, sendEmail } from "@/lib/email/data";
import { employerInvitationEmail } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locale";
import { assertStaff } from "@/lib/participants/data";
import { writeStaffAudit } from "@/lib/audit/data";
import { mayInviteAsEmployerContact } from "../access";
import type { EmployerContactInput, EmployerProfileInput } from "../schemas";
import { requireEmployer } from "./employers";

export async function updateEmployerProfile(
  ctx: Ctx,
  id: string,
  input: Omit<EmployerProfileInput, "id">,
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const ref = await requireEmployer(tx, ctx, id);
    const [taken] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.orgNumber, input.orgNumber), sql`${organizations.id} <> ${ref.id}`));
    if (taken) throw new UserError("employers.errors.orgNumberTaken", "orgNumber");
    await tx
      .update(organizations)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(organizations.id, ref.id));
  });
}

/** Makes a staff member of the caller's municipality the employer's "one person to call". */
export async function setContactPerson(ctx: Ctx, employerId: string, userId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const ref = await requireEmployer(tx, ctx, employerId);
    await assertStaff(tx, ctx, userId, "contactUserId").catch((err) => {
      throw err instanceof UserError ? new UserError("employers.errors.chooseStaff", "contactUserId") : err;
    });
    await tx
      .insert(employerRelations)
      .values({ municipalityId: ctx.membership.organizationId, employerId: ref.id, contactUserId: userId })
      .onConflictDoUpdate({
        target: [employerRelations.municipalityId, employerRelations.employerId],
        set: { contactUserId: userId, updatedAt: new Date() },
      });
  });
}

type ContactFields = Omit<EmployerContactInput, "id" | "invite">;

/** Adds a contact person, or updates the one with the same email (or user), so nobody appears twice. */
async function upsertContact(
  tx: Tx,
  employerId: string,
  input: ContactFields,
  extra: { userId?: string; invitedBy?: string; invitedAt?: Date } = {},
): Promise<string> {
  const [existing] = await tx
    .select({ id: employerContacts.id })
    .from(employerContacts)
    .where(
      and(
        eq(employerContacts.employerId, employerId),
        or(
          sql`lower(${employerContacts.email}) = ${input.email}`,
          extra.userId ? eq(employerContacts.userId, extra.userId) : sql`false`,
        ),
      ),
    )
    .limit(1);
  const values = { name: input.name, email: input.email, title: input.title, phone: input.phone, ...extra };
  if (existing) {
    await tx.update(employerContacts).set(values).where(eq(employerContacts.id, existing.id));
    return existing.id;
  }
  const [row] = await tx
    .insert(employerContacts)
    .values({ employerId, ...values })
    .returning({ id: employerContacts.id });
  return row.id;
}

/** Records a contact person without giving them access to Lagspill. */
export async function addContactPerson(ctx: Ctx, employerId: string, input: ContactFields): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => upsertContact(tx, (await requireEmployer(tx, ctx, employerId)).id, input));
}

/**
 * Invites a contact person in one transaction: the user (if the email is new), an employer
 * membership of this employer, the contact row, a sign-in token valid for a week, the
 * invitation email in the outbox and the staff audit entry. A failure anywhere leaves nothing
 * behind. The inviter, and anyone who is staff of an organization that is not an employer, is
 * refused at the email field (mayInviteAsEmployerContact).
 */
export async function inviteEmployerContact(
  ctx: Ctx,
  employerId: string,
  input: ContactFields,
  opts: { locale: Locale; now?: Date },
): Promise<{ userId: string; created: boolean }> {
  const db = await getDb();
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const employer = await requireEmployer(tx, ctx, employerId);
    const [found] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    const kinds = found
      ? await tx
          .selectDistinct({ kind: organizations.kind })
          .from(memberships)
          .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
          .where(eq(memberships.userId, found.id))
      : [];
    const refusal = mayInviteAsEmployerContact(
      { userId: ctx.userId, email: ctx.email },
      { userId: found?.id ?? null, email: input.email, organizationKinds: kinds.map((k) => k.kind) },
    );
    if (refusal === "self") throw new UserError("employers.errors.inviteSelf", "email");
    if (refusal === "staff") throw new UserError("employers.errors.inviteStaff", "email");
    // An existing person keeps their other memberships; memberships are per organization.
    // Someone who already has an account is invited in their own language, a new person in the
    // inviter's; asked before the new account exists, which has no language of its own yet.
    const locale = await localeOf(tx, input.email, opts.locale);
    const user =
      found ?? (await tx.insert(users).values({ name: input.name, email: input.email }).returning({ id: users.id }))[0];
    await tx
      .insert(memberships)
      .values({ userId: user.id, organizationId: employer.id, role: "employer" })
      .onConflictDoNothing();
    await upsertContact(tx, employer.id, input, { userId: user.id, invitedBy: ctx.userId, invitedAt: now });
    const url = await createInvitationLink(tx, input.email, now);
    await sendEmail(
      tx,
      employerInvitationEmail({
        to: input.email,
        url,
        days: INVITATION_DAYS,
        inviterName: ctx.name,
        employerName: employer.name,
        municipalityName: ctx.membership.organizationName,
        locale,
      }),
    );
    await writeStaffAudit(tx, ctx, user.id, "invite_employer_contact", {
      role: "employer",
      employerId: employer.id,
      newUser: !found,
    });
    return { userId: user.id, created: !found };
  });
}

export interface YourContact {
  name: string;
  email: string;
  phone: string | null;
  municipality: string;
}

/** For the employer role: the municipality contact people of the employer the user acts for. */
export async function yourContact(ctx: Ctx): Promise<YourContact[]> {
  if (!isEmployerRole(ctx.membership.role)) return [];
  const db = await getDb();
  const rows = await db
    .select({ name: users.name, email: users.email, phone: users.phone, municipality: organizations.name })
    .from(employerRelations)
    .innerJoin(users, eq(users.id, employerRelations.contactUserId))
    .innerJoin(organizations, eq(organizations.id, employerRelations.municipalityId))
    .where(eq(employerRelations.employerId, ctx.membership.organizationId))
    .orderBy(asc(organizations.name));
  return rows.map((r) => ({ ...r, name: r.name ?? r.email }));
}
