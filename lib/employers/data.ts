import "server-only";
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import {
  associationMembers,
  contacts,
  employerContacts,
  employerRelations,
  memberships,
  organizations,
  placements,
  slots,
  users,
} from "@/db/schema";
import type { Industry, SizeBand } from "@/db/schema/organizations";
import type { PlacementOutcome, PlacementStage, SlotKind, SlotStatus } from "@/db/schema/pipeline";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { isEmployerRole } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { createInvitationLink } from "@/lib/auth/data";
import { INVITATION_DAYS } from "@/lib/auth/tokens";
import { sendEmail } from "@/lib/email/data";
import { employerInvitationEmail } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locale";
import { isUuid } from "@/lib/ids";
import { assertStaff } from "@/lib/participants/data";
import { employerInReach } from "./access";
import type { EmployerContactInput, EmployerProfileInput } from "./schemas";
import { historyByYear, orgNumberSearch, type HistoryYear } from "./rules";

export interface EmployerRef {
  id: string;
  name: string;
}

/**
 * An employer the caller's municipality works with (lib/employers/access.ts): log contacts
 * with, see, edit. Anything else is NotFoundError (→ 404).
 */
export async function requireEmployer(tx: Tx, ctx: Ctx, id: string): Promise<EmployerRef> {
  if (!isUuid(id)) throw new NotFoundError("employer");
  const [row] = await tx
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind, city: organizations.city })
    .from(organizations)
    .where(eq(organizations.id, id));
  if (!row || !employerInReach(ctx.membership, row)) throw new NotFoundError("employer");
  return { id: row.id, name: row.name };
}

export interface EmployerFilters {
  q?: string;
  industry?: Industry;
  member?: "yes" | "no";
  openSlots?: "yes" | "no";
  sort?: "name" | "lastContact" | "openSlots";
  dir?: "asc" | "desc";
  page: number;
  pageSize: number;
}

export interface EmployerListRow {
  id: string;
  name: string;
  industry: Industry | null;
  isMember: boolean;
  openSlots: number;
  lastContact: string | null;
  contactName: string | null;
}

const openSlotCount = sql<number>`(select count(*)::int from slots s where s.employer_id = ${organizations.id} and s.status = 'open')`;
const isMember = sql<boolean>`exists (select 1 from association_members am where am.employer_id = ${organizations.id})`;
const lastContactOf = (municipalityId: string) =>
  sql<
    string | null
  >`(select max(c.contact_date)::text from contacts c where c.employer_id = ${organizations.id} and c.municipality_id = ${municipalityId})`;

/** Employers in the municipality's city, filtered, sorted and paged in the database. */
export async function listEmployers(ctx: Ctx, f: EmployerFilters): Promise<{ rows: EmployerListRow[]; total: number }> {
  const db = await getDb();
  const muni = ctx.membership.organizationId;
  const lastContact = lastContactOf(muni);
  const where: SQL[] = [eq(organizations.kind, "employer"), eq(organizations.city, ctx.membership.city)];
  if (f.q) {
    const digits = orgNumberSearch(f.q);
    where.push(
      digits
        ? or(ilike(organizations.name, `%${f.q}%`), ilike(organizations.orgNumber, `%${digits}%`))!
        : ilike(organizations.name, `%${f.q}%`),
    );
  }
  if (f.industry) where.push(eq(organizations.industry, f.industry));
  if (f.member) where.push(f.member === "yes" ? isMember : sql`not ${isMember}`);
  if (f.openSlots) where.push(f.openSlots === "yes" ? sql`${openSlotCount} > 0` : sql`${openSlotCount} = 0`);
  const dir = f.dir === "desc" ? sql`desc` : sql`asc`;
  const order =
    f.sort === "lastContact"
      ? sql`${lastContact} ${dir} nulls last`
      : f.sort === "openSlots"
        ? sql`${openSlotCount} ${dir}`
        : sql`${organizations.name} ${dir}`;
  const [rows, [{ n }]] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        industry: organizations.industry,
        isMember,
        openSlots: openSlotCount,
        lastContact,
        contactName: users.name,
      })
      .from(organizations)
      .leftJoin(
        employerRelations,
        and(eq(employerRelations.employerId, organizations.id), eq(employerRelations.municipalityId, muni)),
      )
      .leftJoin(users, eq(users.id, employerRelations.contactUserId))
      .where(and(...where))
      .orderBy(order, asc(organizations.name))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: count() })
      .from(organizations)
      .where(and(...where)),
  ]);
  return { rows, total: n };
}

export interface EmployerDetails {
  id: string;
  name: string;
  orgNumber: string;
  city: string;
  industry: Industry | null;
  sizeBand: SizeBand | null;
  address: string | null;
  area: string | null;
  website: string | null;
  associations: { name: string; memberSince: string | null }[];
  contacts: {
    id: string;
    name: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    hasAccount: boolean;
    invitedAt: Date | null;
  }[];
  contactPerson: { id: string; name: string; email: string } | null;
}

/** One employer of the municipality's city, or NotFoundError (→ 404) for any other id. */
export async function getEmployer(ctx: Ctx, id: string): Promise<EmployerDetails> {
  const db = await getDb();
  const ref = await requireEmployer(db, ctx, id);
  const [[profile], associations, people, [contact]] = await Promise.all([
    db
      .select({
        orgNumber: organizations.orgNumber,
        city: organizations.city,
        industry: organizations.industry,
        sizeBand: organizations.sizeBand,
        address: organizations.address,
        area: organizations.area,
        website: organizations.website,
      })
      .from(organizations)
      .where(eq(organizations.id, ref.id)),
    db
      .select({ name: organizations.name, memberSince: associationMembers.memberSince })
      .from(associationMembers)
      .innerJoin(organizations, eq(organizations.id, associationMembers.associationId))
      .where(eq(associationMembers.employerId, ref.id))
      .orderBy(asc(organizations.name)),
    db
      .select({
        id: employerContacts.id,
        name: employerContacts.name,
        title: employerContacts.title,
        email: employerContacts.email,
        phone: employerContacts.phone,
        userId: employerContacts.userId,
        invitedAt: employerContacts.invitedAt,
      })
      .from(employerContacts)
      .where(eq(employerContacts.employerId, ref.id))
      .orderBy(asc(employerContacts.name)),
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(employerRelations)
      .innerJoin(users, eq(users.id, employerRelations.contactUserId))
      .where(
        and(
          eq(employerRelations.employerId, ref.id),
          eq(employerRelations.municipalityId, ctx.membership.organizationId),
        ),
      ),
  ]);
  return {
    ...ref,
    ...profile,
    associations,
    contacts: people.map(({ userId, ...c }) => ({ ...c, hasAccount: userId !== null })),
    contactPerson: contact ? { ...contact, name: contact.name ?? contact.email } : null,
  };
}

export interface EmployerHistory {
  years: HistoryYear[];
  slots: { id: string; title: string; kind: SlotKind; status: SlotStatus; startsOn: string; createdAt: Date }[];
  placements: {
    id: string;
    slotTitle: string;
    participantName: string | null;
    stage: PlacementStage;
    outcome: PlacementOutcome | null;
    createdAt: Date;
  }[];
}

/**
 * The relationship across years: contacts the municipality logged, the employer's slots,
 * and the municipality's placements there with their hires. Contacts themselves are listed
 * on the employer timeline (lib/timeline), which keeps participant notes out of view.
 */
export async function employerHistory(ctx: Ctx, id: string): Promise<EmployerHistory> {
  const db = await getDb();
  const ref = await requireEmployer(db, ctx, id);
  const muni = ctx.membership.organizationId;
  const [contactRows, slotRows, placementRows] = await Promise.all([
    db
      .select({ on: contacts.contactDate })
      .from(contacts)
      .where(and(eq(contacts.employerId, ref.id), eq(contacts.municipalityId, muni))),
    db
      .select({
        id: slots.id,
        title: slots.title,
        kind: slots.kind,
        status: slots.status,
        startsOn: slots.startsOn,
        createdAt: slots.createdAt,
      })
      .from(slots)
      .where(eq(slots.employerId, ref.id))
      .orderBy(desc(slots.createdAt)),
    db
      .select({
        id: placements.id,
        slotTitle: slots.title,
        participantName: sql<
          string | null
        >`(select case when p.anonymized_at is null then p.first_name || ' ' || p.last_name end from participants p where p.id = ${placements.participantId})`,
        stage: placements.stage,
        outcome: placements.outcome,
        createdAt: placements.createdAt,
        completedAt: sql<
          string | null
        >`(select max(e.at)::text from placement_events e where e.placement_id = ${placements.id} and e.to_stage = 'completed')`,
      })
      .from(placements)
      .innerJoin(slots, eq(slots.id, placements.slotId))
      .where(and(eq(placements.employerId, ref.id), eq(placements.municipalityId, muni)))
      .orderBy(desc(placements.createdAt)),
  ]);
  const years = historyByYear({
    contacts: contactRows,
    slots: slotRows,
    placements: placementRows.map((p) => ({ ...p, completedAt: p.completedAt ? new Date(p.completedAt) : null })),
  });
  return { years, slots: slotRows, placements: placementRows.map(({ completedAt: _, ...p }) => p) };
}

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
 * membership of this employer, the contact row, a sign-in token valid for a week, and the
 * invitation email in the outbox. A failure anywhere leaves nothing behind.
 */
export async function inviteEmployerContact(
  ctx: Ctx,
  employerId: string,
  input: ContactFields,
  opts: { origin: string; locale: Locale; now?: Date },
): Promise<{ userId: string; created: boolean }> {
  const db = await getDb();
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const employer = await requireEmployer(tx, ctx, employerId);
    const [found] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    // An existing person keeps their other memberships; memberships are per organization.
    const user =
      found ?? (await tx.insert(users).values({ name: input.name, email: input.email }).returning({ id: users.id }))[0];
    await tx
      .insert(memberships)
      .values({ userId: user.id, organizationId: employer.id, role: "employer" })
      .onConflictDoNothing();
    await upsertContact(tx, employer.id, input, { userId: user.id, invitedBy: ctx.userId, invitedAt: now });
    const url = await createInvitationLink(tx, input.email, opts.origin, now);
    await sendEmail(
      tx,
      employerInvitationEmail({
        to: input.email,
        url,
        days: INVITATION_DAYS,
        inviterName: ctx.name,
        employerName: employer.name,
        municipalityName: ctx.membership.organizationName,
        locale: opts.locale,
      }),
    );
    return { userId: user.id, created: !found };
  });
}

export interface YourContact {
  name: string;
  email: string;
  municipality: string;
}

/** For the employer role: the municipality contact people of the employer the user acts for. */
export async function yourContact(ctx: Ctx): Promise<YourContact[]> {
  if (!isEmployerRole(ctx.membership.role)) return [];
  const db = await getDb();
  const rows = await db
    .select({ name: users.name, email: users.email, municipality: organizations.name })
    .from(employerRelations)
    .innerJoin(users, eq(users.id, employerRelations.contactUserId))
    .innerJoin(organizations, eq(organizations.id, employerRelations.municipalityId))
    .where(eq(employerRelations.employerId, ctx.membership.organizationId))
    .orderBy(asc(organizations.name));
  return rows.map((r) => ({ ...r, name: r.name ?? r.email }));
}
