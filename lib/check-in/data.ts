import "server-only";
import { and, asc, eq, ilike, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { fairCandidates, type CandidateStatus } from "@/db/schema/events";
import type { EducationLevel } from "@/db/schema/participants";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { isUuid } from "@/lib/ids";
import { mayWorkTheDoor } from "./access";
import { hasEnded, likePattern } from "./rules";
import type { WalkInInput } from "./schemas";

export interface DoorCandidate {
  id: string;
  name: string;
  status: CandidateStatus;
  educationLevel: EducationLevel;
  walkIn: boolean;
  checkedInAt: Date | null;
  noShow: boolean;
}

const DOOR_COLUMNS = {
  id: fairCandidates.id,
  name: fairCandidates.name,
  status: fairCandidates.status,
  educationLevel: fairCandidates.educationLevel,
  walkIn: fairCandidates.walkIn,
  checkedInAt: fairCandidates.checkedInAt,
  noShow: fairCandidates.noShow,
};

/** Only the organizer works the door, and only career fairs have one. */
export async function doorEvent(ctx: Ctx, eventId: string) {
  return loadEvent(ctx, eventId, mayWorkTheDoor);
}

/** A page of a long list is enough at the door: staff search by name rather than scroll. */
export const DOOR_LIST_LIMIT = 200;

/** Everyone expected at the door (registered and waitlisted), optionally filtered by name, with the counts. */
export async function listDoor(ctx: Ctx, eventId: string, q = "") {
  const { event } = await doorEvent(ctx, eventId);
  const db = await getDb();
  const expected = and(
    eq(fairCandidates.eventId, event.id),
    inArray(fairCandidates.status, ["registered", "waitlisted"]),
  );
  const search = q.trim() ? ilike(fairCandidates.name, likePattern(q)) : undefined;
  const rows = await db
    .select(DOOR_COLUMNS)
    .from(fairCandidates)
    .where(and(expected, search))
    .orderBy(asc(fairCandidates.name), asc(fairCandidates.id))
    .limit(DOOR_LIST_LIMIT + 1);
  const [counts] = await db
    .select({
      registered: sql<number>`count(*) filter (where ${fairCandidates.status} = 'registered')`.mapWith(Number),
      waitlisted: sql<number>`count(*) filter (where ${fairCandidates.status} = 'waitlisted')`.mapWith(Number),
      checkedIn: sql<number>`count(*) filter (where ${fairCandidates.checkedInAt} is not null)`.mapWith(Number),
      /** Registered, never came, not yet marked: what "Mark no-shows" would change. */
      unmarkedNoShows:
        sql<number>`count(*) filter (where ${fairCandidates.status} = 'registered' and ${fairCandidates.checkedInAt} is null and not ${fairCandidates.noShow})`.mapWith(
          Number,
        ),
      markedNoShows: sql<number>`count(*) filter (where ${fairCandidates.noShow})`.mapWith(Number),
    })
    .from(fairCandidates)
    .where(expected);
  return { event, rows: rows.slice(0, DOOR_LIST_LIMIT), more: rows.length > DOOR_LIST_LIMIT, counts };
}

/** One candidate of the event (the QR code's target). Another event's candidate is NotFoundError. */
export async function getDoorCandidate(
  ctx: Ctx,
  eventId: string,
  candidateId: string,
): Promise<{ event: Awaited<ReturnType<typeof doorEvent>>["event"]; candidate: DoorCandidate }> {
  const { event } = await doorEvent(ctx, eventId);
  if (!isUuid(candidateId)) throw new NotFoundError("candidate");
  const db = await getDb();
  const [candidate] = await db
    .select(DOOR_COLUMNS)
    .from(fairCandidates)
    .where(and(eq(fairCandidates.id, candidateId), eq(fairCandidates.eventId, event.id)))
    .limit(1);
  if (!candidate) throw new NotFoundError("candidate");
  return { event, candidate };
}

/**
 * Checks a candidate in (or undoes it). Checking in twice keeps the first time. A waitlisted
 * candidate who is let in gets the place: they attended, so the figures count them.
 */
export async function setCheckedIn(
  ctx: Ctx,
  eventId: string,
  candidateId: string,
  checkedIn: boolean,
  now = new Date(),
): Promise<DoorCandidate> {
  const { candidate } = await getDoorCandidate(ctx, eventId, candidateId);
  if (candidate.status === "cancelled") throw new UserError("checkIn.errors.cancelled");
  const db = await getDb();
  const [row] = await db
    .update(fairCandidates)
    .set(
      checkedIn
        ? {
            checkedInAt: sql`coalesce(${fairCandidates.checkedInAt}, ${now.toISOString()}::timestamptz)`,
            status: "registered",
            noShow: false,
            updatedAt: now,
          }
        : { checkedInAt: null, updatedAt: now },
    )
    .where(and(eq(fairCandidates.id, candidate.id), eq(fairCandidates.eventId, eventId)))
    .returning(DOOR_COLUMNS);
  return row;
}

/** Someone who came without registering: registered and checked in at once. Staff judged them eligible. */
export async function registerWalkIn(
  ctx: Ctx,
  eventId: string,
  input: Omit<WalkInInput, "eventId">,
  now = new Date(),
): Promise<string> {
  const { event } = await doorEvent(ctx, eventId);
  const db = await getDb();
  if (input.email) {
    const [existing] = await db
      .select({ id: fairCandidates.id })
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, event.id), eq(fairCandidates.email, input.email)))
      .limit(1);
    if (existing) throw new UserError("checkIn.errors.emailTaken", "email");
  }
  const [row] = await db
    .insert(fairCandidates)
    .values({
      eventId: event.id,
      name: input.name,
      email: input.email,
      phone: input.phone,
      educationLevel: input.educationLevel,
      occupations: input.occupation,
      status: "registered",
      walkIn: true,
      checkedInAt: now,
      registeredAt: now,
      updatedAt: now,
    })
    .returning({ id: fairCandidates.id });
  return row.id;
}

/** Marks every registered candidate who never checked in as a no-show, once the event is over. */
export async function markNoShows(ctx: Ctx, eventId: string, now = new Date()): Promise<number> {
  const { event } = await doorEvent(ctx, eventId);
  if (!hasEnded(event, now)) throw new UserError("checkIn.errors.notEnded");
  const db = await getDb();
  const rows = await db
    .update(fairCandidates)
    .set({ noShow: true, updatedAt: now })
    .where(
      and(
        eq(fairCandidates.eventId, event.id),
        eq(fairCandidates.status, "registered"),
        isNull(fairCandidates.checkedInAt),
        eq(fairCandidates.noShow, false),
      ),
    )
    .returning({ id: fairCandidates.id });
  return rows.length;
}
