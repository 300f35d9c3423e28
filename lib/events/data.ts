import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { eventCohosts, events, organizations, type Event } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/participants/data";
import { eventAccess, type EventAccess } from "./access";

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
 * Pass `need` to require a particular access (e.g. "organizer" for staff pages).
 */
export async function loadEvent(ctx: Ctx, eventId: string, need?: readonly EventAccess[]): Promise<EventInScope> {
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
    { associationId: row.event.associationId, city: row.city, status: row.event.status, cohostIds: cohosts.map((c) => c.id) },
    ctx.membership,
  );
  if (!access || (need && !need.includes(access))) throw new NotFoundError("event");
  return { event: row.event, associationName: row.associationName, city: row.city, cohosts, access };
}
