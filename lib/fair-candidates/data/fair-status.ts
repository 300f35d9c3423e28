import "server-only";
// The association's home page: its coming career fairs at a glance, with how many have signed
// up, how many stands are taken and whether the interview schedule is out.
import { and, asc, eq, gte, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { events } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Ctx } from "@/lib/auth/session";

export interface FairStatus {
  id: string;
  title: string;
  startsAt: Date;
  venue: string;
  status: "draft" | "published" | "completed" | "cancelled";
  /** Registered candidates (not waitlisted, not cancelled). */
  registered: number;
  waitlisted: number;
  capacity: number | null;
  /** Registered stands. */
  stands: number;
  standCapacity: number | null;
  schedulePublished: boolean;
}

/** The caller's association's coming fairs (not cancelled), soonest first; others get none. */
export async function upcomingFairStatus(ctx: Ctx, now: Date, limit = 5): Promise<FairStatus[]> {
  if (!can(ctx.membership.role, "events.manage")) return [];
  const db = await getDb();
  return db
    .select({
      id: events.id,
      title: events.title,
      startsAt: events.startsAt,
      venue: events.venue,
      status: events.status,
      registered: sql<number>`(select count(*)::int from fair_candidates c where c.event_id = "events"."id" and c.status = 'registered')`,
      waitlisted: sql<number>`(select count(*)::int from fair_candidates c where c.event_id = "events"."id" and c.status = 'waitlisted')`,
      capacity: events.capacity,
      stands: sql<number>`(select count(*)::int from fair_stands s where s.event_id = "events"."id" and s.status = 'registered')`,
      standCapacity: events.standCapacity,
      schedulePublished: sql<boolean>`${events.schedulePublishedAt} is not null`,
    })
    .from(events)
    .where(
      and(
        eq(events.associationId, ctx.membership.organizationId),
        eq(events.kind, "career_fair"),
        ne(events.status, "cancelled"),
        gte(events.endsAt, now),
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.title))
    .limit(limit);
}
