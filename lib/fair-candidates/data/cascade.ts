import "server-only";
// The fair side of a withdrawn consent to share with exhibitors. Owned here, called by the
// withdrawal use case (lib/consents/data/withdraw.ts) in its transaction. From the commit on,
// every read asks lib/privacy/visibility.ts and no longer names the person to the fair's
// employers or organizer; this makes the registrations themselves follow.
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { events, fairCandidates, fairInterviews, memberships, users } from "@/db/schema";
import { appBaseUrl } from "@/lib/config";
import { localesOf, sendEmail } from "@/lib/email/data";
import { consentCancellationsEmail } from "../emails";
import { lockEvent, promoteWaitlist } from "./core";

/**
 * Cancels the participant's registrations for fairs not yet over, in the caller's transaction:
 * the waitlist moves up where a place was freed, interviews of a schedule not yet published are
 * removed (a published one stays, shown to the employer as cancelled without the name), and the
 * organizer is told how many registrations were cancelled, never who. Returns that count.
 */
export async function cancelUpcomingFairRegistrations(
  tx: Tx,
  participantId: string,
  now = new Date(),
): Promise<number> {
  const rows = await tx
    .select({ id: fairCandidates.id, eventId: fairCandidates.eventId, status: fairCandidates.status })
    .from(fairCandidates)
    .innerJoin(events, eq(events.id, fairCandidates.eventId))
    .where(
      and(
        eq(fairCandidates.participantId, participantId),
        inArray(fairCandidates.status, ["registered", "waitlisted"]),
        gt(events.endsAt, now),
      ),
    );
  for (const row of rows) {
    const event = await lockEvent(tx, row.eventId);
    if (!event) continue;
    await tx.update(fairCandidates).set({ status: "cancelled", updatedAt: now }).where(eq(fairCandidates.id, row.id));
    if (!event.schedulePublishedAt) await tx.delete(fairInterviews).where(eq(fairInterviews.candidateId, row.id));
    if (row.status === "registered" && event.status === "published") await promoteWaitlist(tx, event);
    const organizers = await organizerAddresses(tx, event);
    const localeFor = await localesOf(tx, organizers, "nb");
    for (const to of organizers) {
      const href = `${appBaseUrl()}/events/${event.id}/candidates?status=cancelled`;
      await sendEmail(tx, consentCancellationsEmail(to, { title: event.title, count: 1, href }, localeFor(to)));
    }
  }
  return rows.length;
}

/** Who hears about the fair: the staff member who created it, else the association's admins; active ones. */
async function organizerAddresses(tx: Tx, event: { associationId: string; createdBy: string | null }) {
  const active = isNull(users.deactivatedAt);
  if (event.createdBy) {
    const [creator] = await tx
      .select({ email: users.email })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(and(eq(users.id, event.createdBy), eq(memberships.organizationId, event.associationId), active));
    if (creator) return [creator.email];
  }
  const admins = await tx
    .select({ email: users.email })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(memberships.organizationId, event.associationId), eq(memberships.isAdmin, true), active));
  return admins.map((a) => a.email);
}
