// Hand-made fair data for the data tests of check-in, leads and the reports: each test builds
// its own event, so demo fair data from the seed never changes the figures it checks.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { stableId } from "@/db/seed";
import { consents, eventCohosts, events, fairCandidates, fairInterviews, fairStands, fairWishes } from "@/db/schema";

const HOUR = 3_600_000;

export async function makeFair(
  db: Db,
  opts: {
    association?: string;
    startsAt?: Date;
    hours?: number;
    status?: "published" | "completed" | "cancelled";
    published?: boolean;
    capacity?: number;
    cohosts?: string[];
  } = {},
): Promise<string> {
  const startsAt = opts.startsAt ?? new Date(Date.now() - 30 * HOUR);
  const [row] = await db
    .insert(events)
    .values({
      associationId: stableId(`org:${opts.association ?? "bergen-naering"}`),
      kind: "career_fair",
      title: `Testtorg ${Math.random().toString(36).slice(2, 8)}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (opts.hours ?? 6) * HOUR),
      venue: "Grieghallen",
      capacity: opts.capacity ?? null,
      minEducation: "vocational",
      status: opts.status ?? "published",
      schedulePublishedAt: opts.published === false ? null : startsAt,
    })
    .returning({ id: events.id });
  for (const org of opts.cohosts ?? [])
    await db.insert(eventCohosts).values({ eventId: row.id, organizationId: stableId(`org:${org}`) });
  return row.id;
}

export async function addStand(
  db: Db,
  eventId: string,
  employerKey: string,
  over: Partial<typeof fairStands.$inferInsert> = {},
): Promise<string> {
  const [row] = await db
    .insert(fairStands)
    .values({ eventId, employerId: stableId(`org:${employerKey}`), representatives: 2, ...over })
    .returning({ id: fairStands.id });
  return row.id;
}

export async function addCandidate(
  db: Db,
  eventId: string,
  over: Partial<typeof fairCandidates.$inferInsert> = {},
): Promise<string> {
  const [row] = await db
    .insert(fairCandidates)
    .values({
      eventId,
      name: `Kandidat ${Math.random().toString(36).slice(2, 8)}`,
      educationLevel: "vocational",
      // Staff register a participant only with the consent to share, so the snapshot shares.
      shareWithExhibitors: Boolean(over.participantId),
      ...over,
    })
    .returning({ id: fairCandidates.id });
  return row.id;
}

export async function addInterview(
  db: Db,
  eventId: string,
  candidateId: string,
  standId: string,
  round = 0,
): Promise<void> {
  await db.insert(fairInterviews).values({ eventId, candidateId, standId, round, tableNo: 0 });
}

export async function addEmployerWish(db: Db, eventId: string, candidateId: string, standId: string): Promise<void> {
  await db.insert(fairWishes).values({ eventId, candidateId, standId, by: "employer" });
}

/** Sets a participant's fair consent to exactly the given state (the seed gives some one already). */
export async function setFairConsent(db: Db, participantId: string, given: boolean): Promise<void> {
  await db
    .delete(consents)
    .where(and(eq(consents.participantId, participantId), eq(consents.scope, "share_fair_exhibitors")));
  if (given)
    await db
      .insert(consents)
      .values({ participantId, scope: "share_fair_exhibitors", givenOn: "2026-01-05", method: "signed_form" });
}

/** The public registration form as a browser posts it, filled in for a vocational Bergen fair. */
export function registrationForm(eventId: string, over: Record<string, string> = {}): Record<string, string> {
  return {
    eventId,
    name: "Amal Hassan",
    email: "amal@example.org",
    phone: "+47 912 34 567",
    educationLevel: "vocational",
    educationField: "Elektro",
    occupation0: "7411",
    norwegianLevel: "B1",
    englishLevel: "B2",
    countryOfOrigin: "Sudan",
    countryConsent: "on",
    dataConsent: "on",
    share: "on",
    ...over,
  };
}
