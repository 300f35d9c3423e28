import "server-only";
import { and, asc, count, eq, inArray, isNotNull, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import {
  eventCohosts,
  events,
  fairCandidates,
  fairInterviews,
  fairStands,
  invitationCampaigns,
  invitationRecipients,
  organizations,
  type Event,
} from "@/db/schema";
import type { EventKind, EventStatus } from "@/db/schema/events";
import { followEventEnd } from "@/lib/access-tokens/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { isEmployerRole, isMunicipalityRole } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { eventAccess, mayOrganizeEvents, type EventAccess, type EventRule } from "./access";
import { canChangeStatus, shownEventFigures, type EventCounts, type EventFigures } from "./rules";
import type { EventInput } from "./schemas";

export interface EventInScope {
  event: Event;
  /** The organizer association's name and city. */
  associationName: string;
  city: string;
  cohosts: { id: string; name: string }[];
  access: EventAccess;
}

/**
 * The one way every fair page and action loads an event: the event with what the caller
 * may do with it. Unknown ids and events the caller may not see are NotFoundError (404).
 * Pass `need` to require a particular access (e.g. "organizer" for staff pages), or a feature's
 * rule from its domain's access.ts (e.g. lib/stands/access.ts).
 */
export async function loadEvent(
  ctx: Ctx,
  eventId: string,
  need?: readonly EventAccess[] | EventRule,
): Promise<EventInScope> {
  if (!isUuid(eventId)) throw new NotFoundError("event");
  const db = await getDb();
  const [row] = await db
    .select({ event: events, associationName: organizations.name, city: organizations.city })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.associationId))
    .where(eq(events.id, eventId))
    .limit(1);
  if (!row) throw new NotFoundError("event");
  const cohosts = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(eventCohosts)
    .innerJoin(organizations, eq(organizations.id, eventCohosts.organizationId))
    .where(eq(eventCohosts.eventId, eventId))
    .orderBy(organizations.name);
  const access = eventAccess(
    {
      associationId: row.event.associationId,
      city: row.city,
      status: row.event.status,
      cohostIds: cohosts.map((c) => c.id),
    },
    ctx.membership,
  );
  if (!access) throw new NotFoundError("event");
  if (need && !(typeof need === "function" ? need(row.event, access) : need.includes(access)))
    throw new NotFoundError("event");
  return { event: row.event, associationName: row.associationName, city: row.city, cohosts, access };
}

/** lib/events/access.ts's rule in SQL, for lists: organizer, co-host, or non-draft in the caller's city. */
function visibleEvents(ctx: Ctx): SQL {
  const m = ctx.membership;
  const rules: SQL[] = [
    sql`exists (select 1 from event_cohosts c where c.event_id = ${events.id} and c.organization_id = ${m.organizationId})`,
  ];
  if (m.role === "association_staff") rules.push(eq(events.associationId, m.organizationId));
  if (isEmployerRole(m.role) || isMunicipalityRole(m.role))
    rules.push(and(ne(events.status, "draft"), eq(organizations.city, m.city))!);
  return or(...rules)!;
}

export interface EventListRow {
  id: string;
  kind: EventKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  status: EventStatus;
  associationName: string;
}

/** The events the caller may see: upcoming ones soonest first, then past ones latest first. */
export async function listEvents(ctx: Ctx, now: Date): Promise<{ upcoming: EventListRow[]; past: EventListRow[] }> {
  const db = await getDb();
  const rows = await db
    .select({
      id: events.id,
      kind: events.kind,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      venue: events.venue,
      status: events.status,
      associationName: organizations.name,
    })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.associationId))
    .where(visibleEvents(ctx))
    .orderBy(asc(events.startsAt), asc(events.title))
    .limit(500);
  const upcoming = rows.filter((r) => r.endsAt.getTime() >= now.getTime());
  const past = rows.filter((r) => r.endsAt.getTime() < now.getTime()).reverse();
  return { upcoming, past };
}

/** Who may co-host the association's events: municipalities and partners (NAV, county…) in its city. */
export async function listCohostOptions(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  if (ctx.membership.role !== "association_staff") return [];
  const db = await getDb();
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(inArray(organizations.kind, ["municipality", "partner"]), eq(organizations.city, ctx.membership.city)))
    .orderBy(asc(organizations.name));
}

async function saveCohosts(tx: Tx, ctx: Ctx, eventId: string, cohostIds: string[]): Promise<void> {
  if (cohostIds.length > 0) {
    const allowed = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(
          inArray(organizations.id, cohostIds),
          inArray(organizations.kind, ["municipality", "partner"]),
          eq(organizations.city, ctx.membership.city),
        ),
      );
    if (allowed.length !== cohostIds.length) throw new UserError("events.errors.cohost", "cohosts");
  }
  await tx.delete(eventCohosts).where(eq(eventCohosts.eventId, eventId));
  if (cohostIds.length > 0)
    await tx.insert(eventCohosts).values(cohostIds.map((organizationId) => ({ eventId, organizationId })));
}

function assertAssociation(ctx: Ctx) {
  if (!mayOrganizeEvents(ctx.membership)) throw new NotFoundError("event");
}

/** A new event of the caller's association, in draft, with its co-hosts, in one transaction. */
export async function createEvent(ctx: Ctx, input: EventInput): Promise<string> {
  assertAssociation(ctx);
  const { cohostIds, ...values } = input;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(events)
      .values({ ...values, associationId: ctx.membership.organizationId, createdBy: ctx.userId, status: "draft" })
      .returning({ id: events.id });
    await saveCohosts(tx, ctx, row.id, cohostIds);
    return row.id;
  });
}

/**
 * Saves an edit only if nobody saved in between (optimistic version check); co-hosts are replaced.
 * A new end moves the expiry of the links already emailed for the event.
 */
export async function updateEvent(ctx: Ctx, id: string, version: number, input: EventInput): Promise<void> {
  const { event } = await loadEvent(ctx, id, ["organizer"]);
  const { cohostIds, ...values } = input;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(events)
      .set({ ...values, version: sql`${events.version} + 1`, updatedAt: new Date() })
      .where(
        and(eq(events.id, id), eq(events.version, version), eq(events.associationId, ctx.membership.organizationId)),
      )
      .returning({ id: events.id });
    if (updated.length === 0) throw new UserError("events.errors.stale");
    await saveCohosts(tx, ctx, id, cohostIds);
    if (values.endsAt.getTime() !== event.endsAt.getTime()) await followEventEnd(tx, id, values);
  });
}

/** Publishes, completes or cancels an event (lib/events/rules.ts says which moves exist); the same version check. */
export async function setEventStatus(
  ctx: Ctx,
  id: string,
  version: number,
  status: EventStatus,
  now: Date,
): Promise<void> {
  const { event } = await loadEvent(ctx, id, ["organizer"]);
  if (!canChangeStatus(event.status, status, event.startsAt, now))
    throw new UserError("events.errors.statusNotAllowed");
  const db = await getDb();
  const updated = await db
    .update(events)
    .set({ status, version: sql`${events.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(events.id, id),
        eq(events.version, version),
        eq(events.status, event.status),
        eq(events.associationId, ctx.membership.organizationId),
      ),
    )
    .returning({ id: events.id });
  if (updated.length === 0) throw new UserError("events.errors.stale");
}

export type { EventFigures } from "./rules";

/**
 * The event's key figures, for the organizer and co-hosts only (others get NotFoundError);
 * co-hosts get counts of candidates with small numbers suppressed (shownEventFigures).
 */
export async function eventFigures(ctx: Ctx, eventId: string): Promise<EventFigures> {
  const { access } = await loadEvent(ctx, eventId, ["organizer", "cohost"]);
  const db = await getDb();
  const [byStatus, [checkedIn], [stands], invites, [interviews]] = await Promise.all([
    db
      .select({ status: fairCandidates.status, n: count() })
      .from(fairCandidates)
      .where(eq(fairCandidates.eventId, eventId))
      .groupBy(fairCandidates.status),
    db
      .select({ n: count() })
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, eventId), isNotNull(fairCandidates.checkedInAt))),
    db
      .select({ n: count(), people: sql<number>`coalesce(sum(${fairStands.representatives}), 0)::int` })
      .from(fairStands)
      .where(and(eq(fairStands.eventId, eventId), eq(fairStands.status, "registered"))),
    db
      .select({ status: invitationRecipients.status, n: count() })
      .from(invitationRecipients)
      .innerJoin(invitationCampaigns, eq(invitationCampaigns.id, invitationRecipients.campaignId))
      .where(eq(invitationCampaigns.eventId, eventId))
      .groupBy(invitationRecipients.status),
    db.select({ n: count() }).from(fairInterviews).where(eq(fairInterviews.eventId, eventId)),
  ]);
  const of = <K extends string>(rows: { status: K; n: number }[], k: K) => rows.find((r) => r.status === k)?.n ?? 0;
  const counts: EventCounts = {
    candidates: {
      registered: of(byStatus, "registered"),
      waitlisted: of(byStatus, "waitlisted"),
      cancelled: of(byStatus, "cancelled"),
      checkedIn: checkedIn.n,
    },
    stands: stands.n,
    representatives: stands.people,
    // Every recipient was sent the invitation; "sent" counts them all, the others are answers.
    invitations: {
      sent: invites.reduce((s, r) => s + r.n, 0),
      registered: of(invites, "registered"),
      declined: of(invites, "declined"),
    },
    interviews: interviews.n,
  };
  return shownEventFigures(counts, access === "organizer");
}
