import "server-only";
import { and, asc, count, eq, isNotNull, isNull, or } from "drizzle-orm";
import { getDb } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { memberships, organizations, users } from "@/db/schema";
import type { OrganizationKind, Role } from "@/db/schema/organizations";
import { writeStaffAudit } from "@/lib/audit/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { UserCtx } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locale";
import { defaultMunicipalityOrgName, findMunicipality } from "@/lib/municipalities/rules";
import { addInvitedMember } from "@/lib/people/data/invite";
import { personStatus, type PersonStatus } from "@/lib/people/rules";
import { firstAdminRole, isOperatorKind } from "../rules";
import type { CreateMunicipalityInput, CreateOrganizationInput, InviteFirstAdminInput } from "../schemas";

export interface OrganizationRow {
  id: string;
  kind: OrganizationKind;
  name: string;
  city: string;
  county: string | null;
  deactivated: boolean;
  people: number;
}

/** Every organization of the installation with its number of people; operators see no more than this. */
export async function listOrganizations(
  _user: UserCtx,
  filter: { kind?: OrganizationKind },
): Promise<OrganizationRow[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      name: organizations.name,
      city: organizations.city,
      county: organizations.county,
      deactivatedAt: organizations.deactivatedAt,
      people: count(memberships.id),
    })
    .from(organizations)
    .leftJoin(memberships, eq(memberships.organizationId, organizations.id))
    .where(filter.kind ? eq(organizations.kind, filter.kind) : undefined)
    .groupBy(organizations.id)
    .orderBy(asc(organizations.kind), asc(organizations.name));
  return rows.map(({ deactivatedAt, ...r }) => ({ ...r, deactivated: deactivatedAt !== null }));
}

/** Kommunenummer already taken by a municipality of this installation. */
export async function takenMunicipalityNumbers(): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ n: organizations.municipalityNumber })
    .from(organizations)
    .where(isNotNull(organizations.municipalityNumber));
  return rows.map((r) => r.n!);
}

async function insertOrganization(
  user: UserCtx,
  values: typeof organizations.$inferInsert,
): Promise<{ id: string; name: string }> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [clash] = await tx
        .select({ orgNumber: organizations.orgNumber, municipalityNumber: organizations.municipalityNumber })
        .from(organizations)
        .where(
          or(
            eq(organizations.orgNumber, values.orgNumber),
            values.municipalityNumber ? eq(organizations.municipalityNumber, values.municipalityNumber) : undefined,
          ),
        )
        .limit(1);
      if (clash?.municipalityNumber && clash.municipalityNumber === values.municipalityNumber)
        throw new UserError("admin.errors.municipalityExists", "municipalityNumber");
      if (clash) throw new UserError("admin.errors.orgNumberTaken", "orgNumber");
      const [row] = await tx.insert(organizations).values(values).returning({ id: organizations.id });
      await writeStaffAudit(tx, { userId: user.userId, organizationId: row.id }, null, "organization_create", {
        kind: values.kind,
        name: values.name,
      });
      return { id: row.id, name: values.name };
    });
  } catch (err) {
    // Two operators creating the same one at once: the unique keys decide, with the same message.
    if (isUniqueViolation(err)) throw new UserError("admin.errors.orgNumberTaken", "orgNumber");
    throw err;
  }
}

/** A municipality from Norway's list: its number, county and name as the city. Each only once. */
export async function createMunicipality(user: UserCtx, input: CreateMunicipalityInput) {
  const m = findMunicipality(input.municipalityNumber);
  if (!m) throw new UserError("admin.errors.chooseMunicipality", "municipalityNumber");
  return insertOrganization(user, {
    kind: "municipality",
    name: input.name || defaultMunicipalityOrgName(m),
    orgNumber: input.orgNumber,
    city: m.name,
    municipalityNumber: m.number,
    county: m.county,
  });
}

/** A business association or a partner (NAV office, county, university, union, NGO) in a municipality's city. */
export async function createOrganization(user: UserCtx, input: CreateOrganizationInput) {
  const m = findMunicipality(input.municipalityNumber);
  if (!m) throw new UserError("admin.errors.chooseMunicipality", "municipalityNumber");
  return insertOrganization(user, {
    kind: input.kind,
    name: input.name,
    orgNumber: input.orgNumber,
    city: m.name,
    county: m.county,
  });
}

export interface OrganizationPerson {
  name: string | null;
  email: string;
  role: Role;
  isAdmin: boolean;
  status: PersonStatus;
}

export interface OrganizationDetails {
  id: string;
  kind: OrganizationKind;
  name: string;
  orgNumber: string;
  city: string;
  county: string | null;
  municipalityNumber: string | null;
  deactivated: boolean;
  people: OrganizationPerson[];
}

/** One organization and who has access to it (names and roles only), or NotFoundError. */
export async function getOrganization(_user: UserCtx, id: string): Promise<OrganizationDetails> {
  const db = await getDb();
  const [org] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!org) throw new NotFoundError("organization");
  const people = await db
    .select({
      name: users.name,
      email: users.email,
      role: memberships.role,
      isAdmin: memberships.isAdmin,
      deactivatedAt: users.deactivatedAt,
      emailVerified: users.emailVerified,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, id))
    .orderBy(asc(users.name), asc(users.email));
  return {
    id: org.id,
    kind: org.kind,
    name: org.name,
    orgNumber: org.orgNumber,
    city: org.city,
    county: org.county,
    municipalityNumber: org.municipalityNumber,
    deactivated: org.deactivatedAt !== null,
    people: people.map((p) => ({
      name: p.name,
      email: p.email,
      role: p.role,
      isAdmin: p.isAdmin,
      status: personStatus(p),
    })),
  };
}

/**
 * The first administrator of a municipality, association or partner, invited by an operator
 * with the same invitation as a colleague's (lib/people), audited under the organization.
 */
export async function inviteFirstAdmin(
  user: UserCtx,
  input: InviteFirstAdminInput,
  opts: { locale: Locale; now?: Date },
): Promise<{ organizationName: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
      .from(organizations)
      .where(and(eq(organizations.id, input.organizationId), isNull(organizations.deactivatedAt)))
      .limit(1);
    if (!org || !isOperatorKind(org.kind)) throw new NotFoundError("organization");
    const { role, isAdmin } = firstAdminRole(org.kind);
    const invited = await addInvitedMember(tx, {
      organization: org,
      inviterName: user.name,
      person: { name: input.name, email: input.email, role, isAdmin },
      locale: opts.locale,
      now: opts.now ?? new Date(),
    });
    await writeStaffAudit(tx, { userId: user.userId, organizationId: org.id }, invited.userId, "invite", {
      role,
      isAdmin,
      newUser: invited.created,
      byOperator: true,
    });
    return { organizationName: org.name };
  });
}

/**
 * Deactivating ends the access of the organization's people at their next request (their
 * memberships there stop counting, lib/auth/data.ts); nothing is deleted, and reactivating
 * gives it back.
 */
export async function setOrganizationActive(
  user: UserCtx,
  id: string,
  active: boolean,
  now = new Date(),
): Promise<{ name: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [org] = await tx
      .update(organizations)
      .set({ deactivatedAt: active ? null : now, updatedAt: now })
      .where(
        and(
          eq(organizations.id, id),
          active ? isNotNull(organizations.deactivatedAt) : isNull(organizations.deactivatedAt),
        ),
      )
      .returning({ id: organizations.id, name: organizations.name });
    if (!org) throw new NotFoundError("organization");
    await writeStaffAudit(
      tx,
      { userId: user.userId, organizationId: org.id },
      null,
      active ? "organization_reactivate" : "organization_deactivate",
      {},
    );
    return { name: org.name };
  });
}
