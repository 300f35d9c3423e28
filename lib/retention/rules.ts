// Pure rules for the retention job: who is past retention. What anonymization does to each
// table is the register's (lib/privacy/register). No db, no next/*.
import type { ParticipantStatus } from "@/db/schema/participants";
import { osloDate } from "@/lib/time/oslo";
import { addMonths } from "@/lib/participants/rules";

/** Months after programme end before a participant is anonymized, when the municipality has set nothing. */
export const DEFAULT_RETENTION_MONTHS = 24;

/** Only participants whose programme is over are anonymized; an active record is never touched. */
export const RETENTION_STATUSES: ParticipantStatus[] = ["completed", "ended_early"];

/**
 * True when the programme ended more than `retentionMonths` before today (Oslo date):
 * programme end + retention < today. A programme that ended on 31 August with 6 months'
 * retention is kept through 28 February and anonymized from 1 March.
 */
export function isPastRetention(programmeEnd: string, retentionMonths: number, now: Date): boolean {
  return addMonths(programmeEnd, retentionMonths) < osloDate(now);
}

const DAY_MS = 86_400_000;

// ── Outbox ────────────────────────────────────────────────────────────────────

/** Only a finished message is emptied; a pending one is still to be delivered (or retried). */
export const FINISHED_EMAIL_STATUSES = ["sent", "failed"] as const;

/**
 * Messages created before this instant have had their bodies for `days` days and are emptied.
 * Counted from creation, not from sending: a message is sent within minutes or fails for good
 * within about an hour (lib/email/rules.ts), and a failed one has no sending time.
 */
export function emailBodyCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

// ── Public fair candidates ────────────────────────────────────────────────────

/**
 * True when the fair ended more than `months` before today (Oslo dates): a fair that ended on
 * 31 August with 6 months is kept through 28 February and its public registrations deleted from 1 March.
 */
export function isPastFairRetention(eventEndsAt: Date, months: number, now: Date): boolean {
  return isPastRetention(osloDate(eventEndsAt), months, now);
}

/**
 * A public registration is kept past the fair's retention only while one of its leads is part
 * of the pipeline: a placement or a consultant's follow-up refers to it, and deleting the lead
 * would cut that link (and the fair report's count of placements from the fair). A lead that only
 * records an employer's interest, handled by the organizer or not, keeps nothing: the organizer
 * has had the whole retention period to pass it on.
 */
export function keepsPublicRegistration(leads: readonly { placementId: string | null; followUpId: string | null }[]) {
  return leads.some((l) => l.placementId !== null || l.followUpId !== null);
}

// ── Invitation recipients ─────────────────────────────────────────────────────

export interface RecipientFacts {
  /** The stored answer. */
  status: "sent" | "registered" | "declined";
  /** The recipient's company has a registered stand at the event (counts as a yes, lib/invitations). */
  hasStand: boolean;
  /** The address is a contact address in the association's member list today. */
  memberContact: boolean;
  eventEndsAt: Date;
}

/**
 * After the event has ended, an invitation's address is kept only while the association's
 * member list holds it (then the row adds nothing the member record does not) or when the
 * recipient said yes (registered, or their company has a stand): that address is the
 * exhibitor's contact for the event, kept like the stand itself. No answer, a "no", or an
 * unsubscribe (the recipient's status stays as it was) give no reason to keep it.
 * invitation_unsubscribes are never deleted: they stop future invitations.
 */
export function isRecipientPastRetention(r: RecipientFacts, now: Date): boolean {
  if (r.eventEndsAt.getTime() >= now.getTime()) return false;
  if (r.status === "registered" || r.hasStand) return false;
  return !r.memberContact;
}

// ── Access tokens ─────────────────────────────────────────────────────────────

/**
 * Days an expired link's row is kept: long enough that moving an event's end a little later
 * (followEventEnd in lib/access-tokens) still finds the links of the email already sent.
 */
export const ACCESS_TOKEN_GRACE_DAYS = 7;

/** Tokens that expired before this instant are deleted. */
export function accessTokenCutoff(now: Date, graceDays = ACCESS_TOKEN_GRACE_DAYS): Date {
  return new Date(now.getTime() - graceDays * DAY_MS);
}
