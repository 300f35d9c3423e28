import "server-only";
import { and, asc, count, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Tx } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { councilMembers, councilRepresentatives, councils, organizations } from "@/db/schema";
import { writeStaffAudit } from "@/lib/audit/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { UserCtx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import type { CreateCouncilInput, UpdateCouncilInput } from "../admin-schemas";
import { councilCities, councilSetupErrors, endMembershipRefusal, mayJoinCouncil } from "../rules";

// The operator's side of councils: set one up, change its municipalities, chair and secretariat,
// and let members join and leave with history. Every change writes staff_audit in its transaction.

/** Refused setup, with a message key per field (the action shows each at its field). */
export class CouncilSetupError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("council setup refused");
  }
}

export interface CouncilListRow {
  id: string;
  name: string;
  cities: string[];
  chairName: string;
  secretariatName: string;
  members: number;
}

/** Every council with its municipalities, chair, secretariat and number of current members, by name. */
export async function listCouncilsForOperator(): Promise<CouncilListRow[]> {
  const db = await getDb();
  const chair = alias(organizations, "chair");
  const secretariat = alias(organizations, "secretariat");
  const current = db
    .select({ councilId: councilMembers.councilId, n: count().as("n") })
    .from(councilMembers)
    .where(isNull(councilMembers.memberUntil))
    .groupBy(councilMembers.councilId)
    .as("current");
  return db
    .select({
      id: councils.id,
      name: councils.name,
      cities: councils.cities,
      chairName: chair.name,
      secretariatName: secretariat.name,
      members: sql<number>`coalesce(${current.n}, 0)::int`,
    })
    .from(councils)
    .innerJoin(chair, eq(chair.id, councils.chairId))
    .innerJoin(secretariat, eq(secretariat.id, councils.secretariatId))
    .leftJoin(current, eq(current.councilId, councils.id))
    .orderBy(asc(councils.name));
}

export interface CouncilChoices {
  /** The `city` of every active municipality organization, by name. */
  municipalities: string[];
  /** Organizations that may join: municipalities, associations and partners, not deactivated. */
  organizations: { id: string; name: string; kind: string; city: string }[];
}

export async function councilChoices(): Promise<CouncilChoices> {
  const db = await getDb();
  const orgs = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      city: organizations.city,
      deactivatedAt: organizations.deactivatedAt,
    })
    .from(organizations)
    .where(and(ne(organizations.kind, "employer"), isNull(organizations.deactivatedAt)))
    .orderBy(asc(organizations.name));
  const joinable = orgs.filter(mayJoinCouncil).map(({ deactivatedAt: _, ...o }) => o);
  const municipalities = [...new Set(joinable.filter((o) => o.kind === "municipality").map((o) => o.city))];
  return { municipalities: municipalities.sort((a, b) => a.localeCompare(b, "nb")), organizations: joinable };
}

export interface CouncilMemberRow {
  id: string;
  organizationId: string;
  name: string;
  kind: string;
  memberSince: Date;
  memberUntil: Date | null;
}

export interface CouncilForOperator {
  id: string;
  name: string;
  city: string;
  cities: string[];
  chairId: string;
  secretariatId: string;
  /** Every membership, current ones first by name, then former ones, latest ended first. */
  members: CouncilMemberRow[];
}

export async function loadCouncilForOperator(councilId: string): Promise<CouncilForOperator> {
  if (!isUuid(councilId)) throw new NotFoundError("council");
  const db = await getDb();
  const [council] = await db.select().from(councils).where(eq(councils.id, councilId));
  if (!council) throw new NotFoundError("council");
  const members = await db
    .select({
      id: councilMembers.id,
      organizationId: councilMembers.organizationId,
      name: organizations.name,
      kind: organizations.kind,
      memberSince: councilMembers.memberSince,
      memberUntil: councilMembers.memberUntil,
    })
    .from(councilMembers)
    .innerJoin(organizations, eq(organizations.id, councilMembers.organizationId))
    .where(eq(councilMembers.councilId, councilId))
    .orderBy(sql`${councilMembers.memberUntil} is not null`, desc(councilMembers.memberUntil), asc(organizations.name));
  const { id, name, city, cities, chairId, secretariatId } = council;
  return { id, name, city, cities, chairId, secretariatId, members };
}

/** What the setup rules need to know: the municipalities and the organizations that may join. */
async function known() {
  const choices = await councilChoices();
  return { municipalities: choices.municipalities, joinableIds: new Set(choices.organizations.map((o) => o.id)) };
}

/** Creates a council with its members in one transaction; returns its id. */
export async function createCouncil(ctx: UserCtx, input: CreateCouncilInput, now: Date): Promise<string> {
  const errors = councilSetupErrors(input, await known());
  if (Object.keys(errors).length > 0) throw new CouncilSetupError(errors);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [council] = await tx
      .insert(councils)
      .values({
        name: input.name,
        ...councilCities(input.cities),
        chairId: input.chairId,
        secretariatId: input.secretariatId,
        createdAt: now,
      })
      .returning({ id: councils.id });
    await tx
      .insert(councilMembers)
      .values(input.memberIds.map((organizationId) => ({ councilId: council.id, organizationId, memberSince: now })));
    await writeStaffAudit(tx, ctx, null, "council_create", {
      councilId: council.id,
      name: input.name,
      cities: input.cities,
      memberIds: input.memberIds,
      chairId: input.chairId,
      secretariatId: input.secretariatId,
    });
    return council.id;
  });
}

async function currentMemberIds(tx: Tx, councilId: string): Promise<string[]> {
  const rows = await tx
    .select({ organizationId: councilMembers.organizationId })
    .from(councilMembers)
    .where(and(eq(councilMembers.councilId, councilId), isNull(councilMembers.memberUntil)));
  return rows.map((r) => r.organizationId);
}

/** Changes name, municipalities, chair and secretariat; chair and secretariat must be current members. */
export async function updateCouncil(ctx: UserCtx, input: UpdateCouncilInput): Promise<void> {
  const db = await getDb();
  const facts = await known();
  await db.transaction(async (tx) => {
    const [council] = await tx.select().from(councils).where(eq(councils.id, input.councilId)).for("update");
    if (!council) throw new NotFoundError("council");
    const memberIds = await currentMemberIds(tx, council.id);
    // Members are not changed here: only those the council has now count (and a municipality it
    // already covers stays allowed even if its organization has since been deactivated).
    const errors = councilSetupErrors(
      { ...input, memberIds },
      { municipalities: [...facts.municipalities, ...council.cities], joinableIds: new Set(memberIds) },
    );
    if (Object.keys(errors).length > 0) throw new CouncilSetupError(errors);
    const cities = councilCities(input.cities, council.city);
    await tx
      .update(councils)
      .set({ name: input.name, ...cities, chairId: input.chairId, secretariatId: input.secretariatId })
      .where(eq(councils.id, council.id));
    await writeStaffAudit(tx, ctx, null, "council_update", {
      councilId: council.id,
      name: input.name,
      cities: cities.cities,
      chairId: input.chairId,
      secretariatId: input.secretariatId,
    });
  });
}

/** A new membership from now (an organization that left before joins again with a new row); returns its name. */
export async function addCouncilMember(
  ctx: UserCtx,
  input: { councilId: string; organizationId: string },
  now: Date,
): Promise<string> {
  const joining = (await councilChoices()).organizations.find((o) => o.id === input.organizationId);
  if (!joining) throw new UserError("councilAdmin.errors.member", "organizationId");
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const [council] = await tx.select({ id: councils.id }).from(councils).where(eq(councils.id, input.councilId));
      if (!council) throw new NotFoundError("council");
      if ((await currentMemberIds(tx, council.id)).includes(input.organizationId))
        throw new UserError("councilAdmin.errors.alreadyMember", "organizationId");
      const [row] = await tx
        .insert(councilMembers)
        .values({ councilId: council.id, organizationId: input.organizationId, memberSince: now })
        .returning({ id: councilMembers.id });
      await writeStaffAudit(tx, ctx, null, "council_member_add", {
        councilId: council.id,
        organizationId: input.organizationId,
        memberId: row.id,
      });
    });
  } catch (err) {
    // Two operators adding the same organization at once: the partial unique index refuses the second.
    if (isUniqueViolation(err)) throw new UserError("councilAdmin.errors.alreadyMember", "organizationId");
    throw err;
  }
  return joining.name;
}

/**
 * Ends a membership now (never the chair's or the secretariat's while they hold the role). The
 * organization's people lose the council at once, and its representatives stop getting invitations.
 */
export async function endCouncilMembership(
  ctx: UserCtx,
  input: { councilId: string; memberId: string },
  now: Date,
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [council] = await tx.select().from(councils).where(eq(councils.id, input.councilId)).for("update");
    if (!council) throw new NotFoundError("council");
    const [member] = await tx
      .select()
      .from(councilMembers)
      .where(and(eq(councilMembers.id, input.memberId), eq(councilMembers.councilId, council.id)))
      .for("update");
    if (!member) throw new NotFoundError("council member");
    const refusal = endMembershipRefusal(council, member);
    if (refusal) throw new UserError(refusal);
    await tx.update(councilMembers).set({ memberUntil: now }).where(eq(councilMembers.id, member.id));
    await tx
      .update(councilRepresentatives)
      .set({ active: false })
      .where(
        and(
          eq(councilRepresentatives.councilId, council.id),
          eq(councilRepresentatives.organizationId, member.organizationId),
        ),
      );
    await writeStaffAudit(tx, ctx, null, "council_member_end", {
      councilId: council.id,
      organizationId: member.organizationId,
      memberId: member.id,
    });
  });
}
