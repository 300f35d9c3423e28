import "server-only";
// Employers in the municipality's city: the scoped lookup, the list, the profile page and the
// relationship history by year. Edits and contact people are in ./contacts.ts.
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import {
  associationMembers,
  contacts,
  employerContacts,
  employerRelations,
  organizations,
  placements,
  slots,
  users,
} from "@/db/schema";
import type { Industry, SizeBand } from "@/db/schema/organizations";
import type { PlacementOutcome, PlacementStage, SlotKind, SlotStatus } from "@/db/schema/pipeline";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { employerInReach } from "../access";
import { historyByYear, orgNumberSearch, type HistoryYear } from "../rules";

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
