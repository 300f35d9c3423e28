import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { memberships, organizations, users } from "@/db/schema";
import type { OrganizationKind, Role } from "@/db/schema/organizations";
import type { Ctx } from "@/lib/auth/session";

export interface OrganizationDetails {
  name: string;
  kind: OrganizationKind;
  orgNumber: string;
  city: string;
}

/** The organization the user acts in; the id comes from the session, never from the client. */
export async function getOwnOrganization(ctx: Ctx): Promise<OrganizationDetails> {
  const db = await getDb();
  const [org] = await db
    .select({
      name: organizations.name,
      kind: organizations.kind,
      orgNumber: organizations.orgNumber,
      city: organizations.city,
    })
    .from(organizations)
    .where(eq(organizations.id, ctx.membership.organizationId));
  return org;
}

export interface Member {
  name: string;
  email: string;
  role: Role;
  isAdmin: boolean;
}

export async function listMembers(ctx: Ctx): Promise<Member[]> {
  const db = await getDb();
  return db
    .select({ name: users.name, email: users.email, role: memberships.role, isAdmin: memberships.isAdmin })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, ctx.membership.organizationId))
    .orderBy(asc(users.name))
    .then((rows) => rows.map((r) => ({ ...r, name: r.name ?? r.email })));
}

export async function countMembersByRole(ctx: Ctx): Promise<Partial<Record<Role, number>>> {
  const db = await getDb();
  const rows = await db
    .select({ role: memberships.role, n: count() })
    .from(memberships)
    .where(eq(memberships.organizationId, ctx.membership.organizationId))
    .groupBy(memberships.role);
  return Object.fromEntries(rows.map((r) => [r.role, r.n]));
}

/** How many organizations of each kind are in the user's own city (public register facts, no personal data). */
export async function countOrganizationsInCity(ctx: Ctx): Promise<Record<OrganizationKind, number>> {
  const db = await getDb();
  const rows = await db
    .select({ kind: organizations.kind, n: count() })
    .from(organizations)
    .where(eq(organizations.city, ctx.membership.city))
    .groupBy(organizations.kind);
  const result: Record<OrganizationKind, number> = { municipality: 0, employer: 0, association: 0, partner: 0 };
  for (const r of rows) result[r.kind] = r.n;
  return result;
}
