import "server-only";
import { and, asc, count, eq, isNull, ne, or } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { memberships, users } from "@/db/schema";
import type { Role } from "@/db/schema/organizations";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { assignableRoles, mayManagePerson } from "../access";
import { personStatus, type PersonStatus } from "../rules";

// The people of the actor's organization. Invitations are in ./invite.ts, changes to
// roles and access in ./changes.ts.

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

/** What the list and the confirmation page show of a person, and what their status is read from. */
const personColumns = {
  membershipId: memberships.id,
  userId: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  isAdmin: memberships.isAdmin,
  deactivatedAt: users.deactivatedAt,
  emailVerified: users.emailVerified,
};

/** Everyone with a membership in the actor's organization, deactivated people included. */
export async function listPeople(ctx: Ctx): Promise<Person[]> {
  requireManager(ctx);
  const db = await getDb();
  const rows = await db
    .select(personColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, ctx.membership.organizationId))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map((r) => toPerson(ctx, r));
}

type PersonRow = Omit<Person, "name" | "status" | "isSelf"> & {
  name: string | null;
  deactivatedAt: Date | null;
  emailVerified: Date | null;
};

function toPerson(ctx: Ctx, { deactivatedAt, emailVerified, ...r }: PersonRow): Person {
  return {
    ...r,
    name: r.name ?? r.email,
    status: personStatus({ deactivatedAt, emailVerified }),
    isSelf: r.userId === ctx.userId,
  };
}

/** One person of the actor's organization, for the confirmation page; another id is NotFoundError. */
export async function getPerson(ctx: Ctx, membershipId: string): Promise<Person & { elsewhere: boolean }> {
  requireManager(ctx);
  const db = await getDb();
  const [row] = await db
    .select(personColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, ctx.membership.organizationId)));
  if (!row || !mayManagePerson(ctx.membership, row)) throw new NotFoundError("membership");
  const [other] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, row.userId), ne(memberships.organizationId, ctx.membership.organizationId)))
    .limit(1);
  return {
    ...toPerson(ctx, row),
    elsewhere: Boolean(other),
  };
}

/** A membership of the actor's organization; any other id is NotFoundError. */
export async function requireMembership(tx: Tx, ctx: Ctx, membershipId: string) {
  const [row] = await tx
    .select({
      id: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      isAdmin: memberships.isAdmin,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
      emailVerified: users.emailVerified,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, ctx.membership.organizationId)))
    .for("update");
  if (!row) throw new NotFoundError("membership");
  return row;
}

/** Active administrators of the actor's organization (deactivated people do not count). */
export async function activeAdmins(tx: Tx, ctx: Ctx): Promise<number> {
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
