import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db";
import {
  councilActionItems,
  councilGoals,
  councilMeetings,
  councilMembers,
  councilRepresentatives,
  councils,
  memberships,
  organizations,
  users,
  type Council,
} from "@/db/schema";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { osloDate } from "@/lib/time/oslo";
import { isUuid } from "@/lib/ids";
import { councilRole, mayRunMeetings, type CouncilRole } from "../access";
import { chosenCouncil } from "../rules";
import type { RepresentativeInput } from "../schemas";

export interface CouncilInScope {
  council: Council;
  chairName: string;
  secretariatName: string;
  members: { id: string; name: string; kind: string }[];
  /** The caller's organization's part in the council. */
  role: CouncilRole;
}

/** The cookie that keeps the council picked in the council switcher (like the organization switch). */
export const COUNCIL_COOKIE = "lagspill-council";

/** The councils the caller's organization is a current member of, by name. */
export async function myCouncils(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  const db = await getDb();
  return db
    .select({ id: councils.id, name: councils.name })
    .from(councilMembers)
    .innerJoin(councils, eq(councils.id, councilMembers.councilId))
    .where(and(eq(councilMembers.organizationId, ctx.membership.organizationId), isNull(councilMembers.memberUntil)))
    .orderBy(asc(councils.name));
}

/** The council picked in the switcher; none outside a request (scripts, tests). */
async function pickedCouncilId(): Promise<string | undefined> {
  try {
    return (await cookies()).get(COUNCIL_COOKIE)?.value;
  } catch {
    return undefined;
  }
}

/**
 * The council the caller works in: the one picked in the switcher while the caller's organization
 * is still a current member, else the first by name; null without a council. Every council page
 * and action starts here; ids of another council's rows must be checked against `council.id` in
 * each query.
 */
// Cached per request (layout, metadata and page all ask): keyed by the request's one ctx object.
export const loadCouncil = cache(async (ctx: Ctx): Promise<CouncilInScope | null> =>
  loadCouncilChoice(ctx, await pickedCouncilId()),
);

/** `loadCouncil` with the picked council given (tests give it directly). */
export async function loadCouncilChoice(ctx: Ctx, pickedId: string | undefined): Promise<CouncilInScope | null> {
  const picked = chosenCouncil(await myCouncils(ctx), pickedId);
  if (!picked) return null;
  const db = await getDb();
  const [council] = await db.select().from(councils).where(eq(councils.id, picked.id));
  const members = await db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(councilMembers)
    .innerJoin(organizations, eq(organizations.id, councilMembers.organizationId))
    .where(and(eq(councilMembers.councilId, council.id), isNull(councilMembers.memberUntil)))
    .orderBy(asc(organizations.name));
  const role = councilRole(
    { chairId: council.chairId, secretariatId: council.secretariatId, memberIds: members.map((m) => m.id) },
    ctx.membership.organizationId,
  );
  if (!role) return null;
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? "";
  return {
    council,
    chairName: nameOf(council.chairId),
    secretariatName: nameOf(council.secretariatId),
    members,
    role,
  };
}

/** The caller's council, or NotFoundError (404); `runMeetings` also requires the secretariat. */
export async function requireCouncil(ctx: Ctx, need?: "runMeetings"): Promise<CouncilInScope> {
  const scope = await loadCouncil(ctx);
  if (!scope || (need === "runMeetings" && !mayRunMeetings(scope.role))) throw new NotFoundError("council");
  return scope;
}

export interface RepresentativeRow {
  id: string;
  name: string;
  email: string;
  title: string | null;
  organizationId: string;
  organizationName: string;
  userId: string | null;
  active: boolean;
}

/**
 * The representatives of the council's current members, by organization and name; inactive ones
 * only when asked (the secretariat's list). A former member's representatives are left out.
 */
export async function listRepresentatives(scope: CouncilInScope, withInactive = false): Promise<RepresentativeRow[]> {
  const db = await getDb();
  return db
    .select({
      id: councilRepresentatives.id,
      name: councilRepresentatives.name,
      email: councilRepresentatives.email,
      title: councilRepresentatives.title,
      organizationId: councilRepresentatives.organizationId,
      organizationName: organizations.name,
      userId: councilRepresentatives.userId,
      active: councilRepresentatives.active,
    })
    .from(councilRepresentatives)
    .innerJoin(organizations, eq(organizations.id, councilRepresentatives.organizationId))
    .where(
      and(
        eq(councilRepresentatives.councilId, scope.council.id),
        inArray(
          councilRepresentatives.organizationId,
          scope.members.map((m) => m.id),
        ),
        withInactive ? undefined : eq(councilRepresentatives.active, true),
      ),
    )
    .orderBy(asc(organizations.name), asc(councilRepresentatives.name));
}

/** Lagspill users of the member organizations, for linking a representative to a person who signs in. */
export async function linkableUsers(
  scope: CouncilInScope,
): Promise<{ id: string; name: string; organizationId: string; organizationName: string }[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({
      id: users.id,
      name: users.name,
      email: users.email,
      organizationId: organizations.id,
      organizationName: organizations.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        inArray(
          memberships.organizationId,
          scope.members.map((m) => m.id),
        ),
        isNull(users.deactivatedAt),
      ),
    )
    .orderBy(asc(organizations.name), asc(users.name));
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? r.email,
    organizationId: r.organizationId,
    organizationName: r.organizationName,
  }));
}

/** Adds a named representative of a member organization (secretariat only). */
export async function addRepresentative(ctx: Ctx, input: RepresentativeInput): Promise<void> {
  const scope = await requireCouncil(ctx, "runMeetings");
  if (!scope.members.some((m) => m.id === input.organizationId))
    throw new UserError("council.errors.organization", "organizationId");
  const db = await getDb();
  if (input.userId) {
    const [member] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, input.userId), eq(memberships.organizationId, input.organizationId)))
      .limit(1);
    if (!member) throw new UserError("council.errors.user", "userId");
  }
  const [taken] = await db
    .select({ id: councilRepresentatives.id })
    .from(councilRepresentatives)
    .where(and(eq(councilRepresentatives.councilId, scope.council.id), eq(councilRepresentatives.email, input.email)))
    .limit(1);
  if (taken) throw new UserError("council.errors.emailTaken", "email");
  await db.insert(councilRepresentatives).values({ ...input, councilId: scope.council.id });
}

/** Deactivates (or brings back) a representative of a current member; history such as attendance keeps the name. */
export async function setRepresentativeActive(ctx: Ctx, representativeId: string, active: boolean): Promise<void> {
  const scope = await requireCouncil(ctx, "runMeetings");
  if (!isUuid(representativeId)) throw new NotFoundError("representative");
  const db = await getDb();
  const updated = await db
    .update(councilRepresentatives)
    .set({ active })
    .where(
      and(
        eq(councilRepresentatives.id, representativeId),
        eq(councilRepresentatives.councilId, scope.council.id),
        inArray(
          councilRepresentatives.organizationId,
          scope.members.map((m) => m.id),
        ),
      ),
    )
    .returning({ id: councilRepresentatives.id });
  if (updated.length === 0) throw new NotFoundError("representative");
}

export interface CouncilOverview {
  nextMeeting: { id: string; title: string; startsAt: Date; venue: string } | null;
  latestMinutes: { id: string; title: string; startsAt: Date; minutes: string; approvedAt: Date | null } | null;
  openItems: number;
  overdueItems: number;
  goals: number;
}

/** What the overview shows besides members: next meeting, latest approved minutes, open work and goals. */
export async function councilOverview(scope: CouncilInScope, now: Date): Promise<CouncilOverview> {
  const db = await getDb();
  const id = scope.council.id;
  const today = osloDate(now);
  const [next] = await db
    .select({
      id: councilMeetings.id,
      title: councilMeetings.title,
      startsAt: councilMeetings.startsAt,
      venue: councilMeetings.venue,
    })
    .from(councilMeetings)
    .where(
      and(eq(councilMeetings.councilId, id), eq(councilMeetings.status, "planned"), gte(councilMeetings.endsAt, now)),
    )
    .orderBy(asc(councilMeetings.startsAt))
    .limit(1);
  const [latest] = await db
    .select({
      id: councilMeetings.id,
      title: councilMeetings.title,
      startsAt: councilMeetings.startsAt,
      minutes: councilMeetings.minutes,
      approvedAt: councilMeetings.minutesApprovedAt,
    })
    .from(councilMeetings)
    .where(and(eq(councilMeetings.councilId, id), eq(councilMeetings.minutesStatus, "approved")))
    .orderBy(desc(councilMeetings.startsAt))
    .limit(1);
  const open = or(eq(councilActionItems.status, "open"), eq(councilActionItems.status, "in_progress"));
  const [items] = await db
    .select({ n: count() })
    .from(councilActionItems)
    .where(and(eq(councilActionItems.councilId, id), open));
  const [overdue] = await db
    .select({ n: count() })
    .from(councilActionItems)
    .where(and(eq(councilActionItems.councilId, id), open, lt(councilActionItems.dueOn, today)));
  const [goals] = await db.select({ n: count() }).from(councilGoals).where(eq(councilGoals.councilId, id));
  return {
    nextMeeting: next ?? null,
    latestMinutes: latest ?? null,
    openItems: items.n,
    overdueItems: overdue.n,
    goals: goals.n,
  };
}
