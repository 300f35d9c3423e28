import "server-only";
// What the public and the signed-in sides share: the event row locked for a registration,
// waitlist promotion, and candidate wishes. Every function here runs inside the caller's
// transaction and trusts the caller to have scoped the ids.
import { and, asc, count, eq, inArray, notInArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { events, fairCandidates, fairStands, fairWishes, organizations, users, type Event } from "@/db/schema";
import { issueManageToken } from "@/lib/access-tokens/data";
import { UserError } from "@/lib/auth/errors";
import { appBaseUrl } from "@/lib/config";
import { localeOf, sendEmail } from "@/lib/email/data";
import { isLocale } from "@/lib/i18n/locale";
import { participantPromotedEmail, promotedEmail } from "../emails";
import { checkWishes, toPromote } from "../rules";

/**
 * A public candidate's manage link with a new token (lib/access-tokens): call it once per email
 * that carries the link, in the email's transaction. Earlier links keep working until they expire.
 */
export async function manageUrl(tx: Tx, candidateId: string, event: { endsAt: Date }): Promise<string> {
  return `${appBaseUrl()}/fairs/registration/${await issueManageToken(tx, candidateId, event)}`;
}

export type LockedEvent = Event & { organizer: string };

/**
 * The event row locked for this transaction: registrations, cancellations and deletions of one
 * fair then run one after another, so two people never both get the last place.
 */
export async function lockEvent(tx: Tx, eventId: string): Promise<LockedEvent | null> {
  const [row] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
  if (!row) return null;
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, row.associationId));
  return { ...row, organizer: org?.name ?? "" };
}

export async function countRegistered(tx: Tx, eventId: string, except?: string): Promise<number> {
  const where = [eq(fairCandidates.eventId, eventId), eq(fairCandidates.status, "registered")];
  if (except) where.push(notInArray(fairCandidates.id, [except]));
  const [row] = await tx
    .select({ n: count() })
    .from(fairCandidates)
    .where(and(...where));
  return row.n;
}

/**
 * Fills free places from the waitlist, earliest first, and tells each one who moved up: a
 * public candidate by email with their link, a participant's consultant without the name.
 */
export async function promoteWaitlist(tx: Tx, event: LockedEvent): Promise<string[]> {
  const waitlisted = await tx
    .select({
      id: fairCandidates.id,
      registeredAt: fairCandidates.registeredAt,
      email: fairCandidates.email,
      locale: fairCandidates.locale,
      consultantEmail: users.email,
    })
    .from(fairCandidates)
    .leftJoin(users, eq(users.id, fairCandidates.registeredBy))
    .where(and(eq(fairCandidates.eventId, event.id), eq(fairCandidates.status, "waitlisted")))
    .orderBy(asc(fairCandidates.registeredAt), asc(fairCandidates.id));
  const chosen = toPromote(event.capacity, await countRegistered(tx, event.id), waitlisted);
  if (chosen.length === 0) return [];
  await tx
    .update(fairCandidates)
    .set({ status: "registered", updatedAt: new Date() })
    .where(
      inArray(
        fairCandidates.id,
        chosen.map((c) => c.id),
      ),
    );
  const fair = { title: event.title, startsAt: event.startsAt, venue: event.venue, organizer: event.organizer };
  for (const c of chosen) {
    if (c.email) {
      await sendEmail(
        tx,
        promotedEmail(c.email, { fair, href: await manageUrl(tx, c.id, event) }, isLocale(c.locale) ? c.locale : "nb"),
      );
    } else if (c.consultantEmail) {
      await sendEmail(
        tx,
        participantPromotedEmail(
          c.consultantEmail,
          { fair, href: `${appBaseUrl()}/events/${event.id}/candidates` },
          await localeOf(tx, c.consultantEmail, "nb"),
        ),
      );
    }
  }
  return chosen.map((c) => c.id);
}

/** The fair's stands a candidate can wish for: registered ones. */
export async function openStands(tx: Tx, eventId: string) {
  return tx
    .select({
      id: fairStands.id,
      employerName: organizations.name,
      occupations: fairStands.occupations,
      standNumber: fairStands.standNumber,
    })
    .from(fairStands)
    .innerJoin(organizations, eq(organizations.id, fairStands.employerId))
    .where(and(eq(fairStands.eventId, eventId), eq(fairStands.status, "registered")))
    .orderBy(asc(organizations.name));
}

/**
 * Replaces a candidate's own wishes with these stands (at most five, all registered stands of
 * this fair). Employers' wishes for the candidate are left alone.
 */
export async function replaceCandidateWishes(
  tx: Tx,
  eventId: string,
  candidateId: string,
  standIds: readonly string[],
): Promise<void> {
  const wanted = checkWishes(standIds);
  if (!wanted) throw new UserError("fairCandidates.errors.tooManyWishes", "wishes");
  const valid = new Set((await openStands(tx, eventId)).map((s) => s.id));
  if (wanted.some((id) => !valid.has(id))) throw new UserError("fairCandidates.errors.unknownStand", "wishes");
  const mine = and(eq(fairWishes.candidateId, candidateId), eq(fairWishes.by, "candidate"));
  await tx.delete(fairWishes).where(wanted.length > 0 ? and(mine, notInArray(fairWishes.standId, wanted)) : mine);
  if (wanted.length > 0) {
    await tx
      .insert(fairWishes)
      .values(wanted.map((standId) => ({ eventId, candidateId, standId, by: "candidate" as const })))
      .onConflictDoNothing();
  }
}

/** Stand ids a candidate has wished for. */
export async function candidateWishIds(tx: Tx, candidateId: string): Promise<string[]> {
  const rows = await tx
    .select({ standId: fairWishes.standId })
    .from(fairWishes)
    .where(and(eq(fairWishes.candidateId, candidateId), eq(fairWishes.by, "candidate")));
  return rows.map((r) => r.standId);
}

/** 1-based place on the waitlist, by registration time. */
export async function waitlistPosition(
  tx: Tx,
  c: { id: string; eventId: string; registeredAt: Date },
): Promise<number> {
  const rows = await tx
    .select({ id: fairCandidates.id, registeredAt: fairCandidates.registeredAt })
    .from(fairCandidates)
    .where(and(eq(fairCandidates.eventId, c.eventId), eq(fairCandidates.status, "waitlisted")))
    .orderBy(asc(fairCandidates.registeredAt), asc(fairCandidates.id));
  return rows.findIndex((r) => r.id === c.id) + 1;
}
