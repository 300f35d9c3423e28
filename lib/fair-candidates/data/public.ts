import "server-only";
// The public side of a career fair, without sign-in: the registration page and the manage page
// a candidate reaches with the link in their email. The link's token is the only key.
import { and, asc, eq, gt } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { events, fairCandidates, organizations, type FairCandidate } from "@/db/schema";
import { fairCandidateIdByToken } from "@/lib/access-tokens/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { sendEmail } from "@/lib/email/data";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { isUuid } from "@/lib/ids";
import { hitInTurn } from "@/lib/rate-limit/data";
import { LIMITS, minutesFromSeconds } from "@/lib/rate-limit/rules";
import {
  candidateWishIds,
  countRegistered,
  lockEvent,
  manageUrl,
  openStands,
  promoteWaitlist,
  replaceCandidateWishes,
  waitlistPosition,
} from "./core";
import { registeredAgainEmail, registrationEmail } from "../emails";
import { meetsEligibility, placeOrWaitlist, registrationState, type RegistrationState } from "../rules";
import type { RegistrationInput } from "../schemas";

export interface PublicFair {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  organizer: string;
  minEducation: FairCandidate["educationLevel"] | null;
  registrationClosesAt: Date | null;
  registrationOpensAt: Date | null;
  state: Exclude<RegistrationState, "hidden">;
}

export interface OpenFair {
  id: string;
  title: string;
  startsAt: Date;
  venue: string;
  city: string;
  organizer: string;
}

/** Published career fairs still ahead, whose registration is open now, by city then date: the public home page. */
export async function openFairs(now = new Date()): Promise<OpenFair[]> {
  const db = await getDb();
  const rows = await db
    .select({ e: events, organizer: organizations.name, city: organizations.city })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.associationId))
    .where(and(eq(events.kind, "career_fair"), eq(events.status, "published"), gt(events.startsAt, now)))
    .orderBy(asc(organizations.city), asc(events.startsAt))
    .limit(50);
  return rows
    .filter((r) => registrationState(r.e, now) === "open")
    .map((r) => ({
      id: r.e.id,
      title: r.e.title,
      startsAt: r.e.startsAt,
      venue: r.e.venue,
      city: r.city,
      organizer: r.organizer,
    }));
}

/** A career fair as the public sees it, or null for unknown ids, drafts and other kinds of event (404). */
export async function getPublicFair(eventId: string, now = new Date()): Promise<PublicFair | null> {
  if (!isUuid(eventId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ e: events, organizer: organizations.name })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.associationId))
    .where(and(eq(events.id, eventId), eq(events.kind, "career_fair")));
  if (!row) return null;
  const state = registrationState(row.e, now);
  if (state === "hidden") return null;
  const e = row.e;
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    venue: e.venue,
    organizer: row.organizer,
    minEducation: e.minEducation,
    registrationOpensAt: e.registrationOpensAt,
    registrationClosesAt: e.registrationClosesAt,
    state,
  };
}

export type RegisterResult =
  { kind: "rateLimited"; minutes: number } | { kind: "saved"; status: "registered" | "waitlisted" };

/**
 * A public registration. Anyone can type any address, so an address already registered for
 * the fair (cancelled included) changes nothing: its owner is sent the manage link again,
 * and the visitor gets the answer a new registration would get now, so the form does not
 * tell who is registered. A new row and its confirmation email are written together, so
 * nobody gets an email about a registration that was not saved.
 */
export async function registerPublic(
  input: RegistrationInput,
  meta: { ip: string; locale: Locale; now?: Date },
): Promise<RegisterResult> {
  const now = meta.now ?? new Date();
  if (!isUuid(input.eventId)) throw new NotFoundError("event");
  const limited = await hitInTurn(
    [
      [`fair-registration:ip:${meta.ip}`, LIMITS.fairRegistrationPerIp],
      [`fair-registration:email:${input.email}`, LIMITS.fairRegistrationPerEmail],
      [`fair-registration:event:${input.eventId}`, LIMITS.fairRegistrationPerEvent],
    ],
    now,
  );
  if (!limited.allowed) return { kind: "rateLimited", minutes: minutesFromSeconds(limited.retryAfterSeconds) };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    if (!event || event.kind !== "career_fair" || registrationState(event, now) === "hidden")
      throw new NotFoundError("event");
    if (registrationState(event, now) !== "open") throw new UserError("publicFair.errors.closed");
    if (!meetsEligibility(input.educationLevel, event.minEducation))
      throw new UserError(`publicFair.notEligible.${event.minEducation}`, "educationLevel");

    const fair = { title: event.title, startsAt: event.startsAt, venue: event.venue, organizer: event.organizer };
    const status = placeOrWaitlist(event.capacity, await countRegistered(tx, event.id));
    // The event row is locked, so no registration of this fair can commit between here and the insert.
    const existing = await findByEmail(tx, event.id, input.email);
    if (existing) {
      const locale = isLocale(existing.locale) ? existing.locale : meta.locale;
      const again = { fair, status: existing.status, href: await manageUrl(tx, existing.id, event) };
      await sendEmail(tx, registeredAgainEmail(input.email, again, locale));
      return { kind: "saved", status };
    }
    const [{ id }] = await tx
      .insert(fairCandidates)
      .values({
        eventId: event.id,
        email: input.email,
        name: input.name,
        phone: input.phone,
        educationLevel: input.educationLevel,
        educationField: input.educationField,
        occupations: input.occupations,
        norwegianLevel: input.norwegianLevel,
        englishLevel: input.englishLevel,
        countryOfOrigin: input.countryOfOrigin,
        countryConsent: input.countryConsent,
        shareWithExhibitors: input.shareWithExhibitors,
        locale: meta.locale,
        status,
        registeredAt: now,
        updatedAt: now,
      })
      .returning({ id: fairCandidates.id });
    const href = await manageUrl(tx, id, event);
    await sendEmail(tx, registrationEmail(input.email, { fair, status, href }, meta.locale));
    return { kind: "saved", status };
  });
}

async function findByEmail(tx: Tx, eventId: string, email: string) {
  const [row] = await tx
    .select({ id: fairCandidates.id, status: fairCandidates.status, locale: fairCandidates.locale })
    .from(fairCandidates)
    .where(and(eq(fairCandidates.eventId, eventId), eq(fairCandidates.email, email)));
  return row;
}

/**
 * The candidate behind a manage link. Unknown, expired and voided tokens are all NotFoundError.
 * A cancelled registration's link keeps working: the page still shows the data and offers deletion.
 */
async function findByToken(token: string): Promise<FairCandidate> {
  const id = await fairCandidateIdByToken(token);
  if (!id) throw new NotFoundError("candidate");
  const db = await getDb();
  const [row] = await db.select().from(fairCandidates).where(eq(fairCandidates.id, id));
  if (!row) throw new NotFoundError("candidate");
  return row;
}

/** The manage page: the registration, the fair, its stands and the candidate's wishes. Unknown token: NotFoundError. */
export async function getRegistration(token: string) {
  const c = await findByToken(token);
  const db = await getDb();
  const [e] = await db
    .select({ e: events, organizer: organizations.name })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.associationId))
    .where(eq(events.id, c.eventId));
  const [stands, wishes, position] = await Promise.all([
    openStands(db, c.eventId),
    candidateWishIds(db, c.id),
    c.status === "waitlisted" ? waitlistPosition(db, c) : Promise.resolve(null),
  ]);
  return {
    candidate: {
      name: c.name,
      email: c.email,
      phone: c.phone,
      educationLevel: c.educationLevel,
      educationField: c.educationField,
      occupations: c.occupations,
      norwegianLevel: c.norwegianLevel,
      englishLevel: c.englishLevel,
      countryOfOrigin: c.countryOfOrigin,
      shareWithExhibitors: c.shareWithExhibitors,
      status: c.status,
      registeredAt: c.registeredAt,
    },
    fair: {
      id: e.e.id,
      title: e.e.title,
      startsAt: e.e.startsAt,
      endsAt: e.e.endsAt,
      venue: e.e.venue,
      organizer: e.organizer,
      status: e.e.status,
      schedulePublished: e.e.schedulePublishedAt !== null,
    },
    waitlistPosition: position,
    stands,
    wishes,
  };
}

/** Changes are possible while the fair is ahead; afterwards the registration is read-only except deletion. */
function assertChangeable(event: { status: string }) {
  if (event.status !== "published") throw new UserError("publicFair.errors.fairOver");
}

export async function saveWishesByToken(token: string, standIds: readonly string[]): Promise<void> {
  const c = await findByToken(token);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, c.eventId);
    if (!event) throw new NotFoundError("event");
    assertChangeable(event);
    if (c.status === "cancelled") throw new UserError("publicFair.errors.cancelled");
    await replaceCandidateWishes(tx, c.eventId, c.id, standIds);
  });
}

export async function saveSharingByToken(token: string, share: boolean): Promise<void> {
  const c = await findByToken(token);
  const db = await getDb();
  await db
    .update(fairCandidates)
    .set({ shareWithExhibitors: share, updatedAt: new Date() })
    .where(eq(fairCandidates.id, c.id));
}

/** Cancels; a place freed moves the earliest on the waitlist up, in the same transaction. */
export async function cancelByToken(token: string): Promise<void> {
  const c = await findByToken(token);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, c.eventId);
    if (!event) throw new NotFoundError("event");
    assertChangeable(event);
    await tx
      .update(fairCandidates)
      .set({ status: "cancelled", updatedAt: new Date() })
      .where(eq(fairCandidates.id, c.id));
    if (c.status === "registered") await promoteWaitlist(tx, event);
  });
}

/** Deletes the registration and with it wishes, interviews and leads (foreign keys cascade). */
export async function deleteByToken(token: string): Promise<void> {
  const c = await findByToken(token);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, c.eventId);
    await tx.delete(fairCandidates).where(eq(fairCandidates.id, c.id));
    if (event && event.status === "published" && c.status === "registered") await promoteWaitlist(tx, event);
  });
}
