// Invitation campaigns: who gets one, what it says by default, where a recipient stands.
// Pure: no database, no next/*.
import type { Industry, SizeBand } from "@/db/schema/organizations";
import { OSLO_TIME_ZONE } from "@/lib/time/oslo";

export const MAX_EXTRA_ADDRESSES = 500;
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/**
 * "a@x.no, B@x.no\nc@x.no" → lower-cased, de-duplicated addresses, and the entries that are not
 * addresses (shown back to the user so they can fix them).
 */
export function parseAddressList(input: string): { addresses: string[]; invalid: string[] } {
  const parts = input
    .split(/[\s,;]+/)
    .map((p) => p.trim().replace(/^<|>$/g, "").toLowerCase())
    .filter(Boolean);
  const addresses: string[] = [];
  const invalid: string[] = [];
  for (const p of parts) {
    if (!EMAIL.test(p) || p.length > 254) invalid.push(p);
    else if (!addresses.includes(p)) addresses.push(p);
  }
  return { addresses, invalid };
}

export interface Segment {
  industry: Industry | null;
  sizeBand: SizeBand | null;
}

export interface MemberContact {
  employerId: string;
  industry: Industry | null;
  sizeBand: SizeBand | null;
  contactEmail: string | null;
}

/** An empty choice matches every member. */
export function inSegment(m: Pick<MemberContact, "industry" | "sizeBand">, s: Segment): boolean {
  return (!s.industry || m.industry === s.industry) && (!s.sizeBand || m.sizeBand === s.sizeBand);
}

export interface Recipient {
  email: string;
  employerId: string | null;
}

/**
 * Members in the segment with an address, then the extra addresses, each address once (a
 * member's address wins, so the company shows), minus those who asked for no more invitations.
 */
export function campaignRecipients(
  members: MemberContact[],
  segment: Segment,
  extra: string[],
  unsubscribed: ReadonlySet<string>,
): Recipient[] {
  const out = new Map<string, Recipient>();
  for (const m of members) {
    const email = m.contactEmail?.trim().toLowerCase();
    if (!email || !inSegment(m, segment) || unsubscribed.has(email) || out.has(email)) continue;
    out.set(email, { email, employerId: m.employerId });
  }
  for (const e of extra) if (!unsubscribed.has(e) && !out.has(e)) out.set(e, { email: e, employerId: null });
  return [...out.values()];
}

export type RecipientStatus = "sent" | "registered" | "declined";

/** A career-fair recipient whose company has registered a stand counts as registered, however it got there. */
export function effectiveStatus(stored: RecipientStatus, hasStand: boolean): RecipientStatus {
  return hasStand ? "registered" : stored;
}

export function campaignCounts(statuses: RecipientStatus[]): {
  sent: number;
  registered: number;
  declined: number;
  noAnswer: number;
} {
  const c = { sent: statuses.length, registered: 0, declined: 0, noAnswer: 0 };
  for (const s of statuses) {
    if (s === "registered") c.registered++;
    else if (s === "declined") c.declined++;
    else c.noAnswer++;
  }
  return c;
}

/** Events that are over or called off take no more answers. */
export function acceptsAnswers(event: { status: string; endsAt: Date }, now: Date): boolean {
  return event.status !== "cancelled" && event.status !== "completed" && event.endsAt.getTime() > now.getTime();
}

const KIND_NB: Record<string, string> = {
  career_fair: "karrieretorget",
  info_meeting: "informasjonsmøtet",
  breakfast_meeting: "frokostmøtet",
  recruitment_seminar: "rekrutteringsseminaret",
};

const osloDateTime = (d: Date, opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("nb-NO", { timeZone: OSLO_TIME_ZONE, ...opts }).format(d);

/**
 * The subject and text a new campaign starts from, in Norwegian (member companies are
 * written to in Norwegian): what, when, where, and what to do.
 */
export function defaultInvitationText(
  event: { kind: string; title: string; startsAt: Date; endsAt: Date; venue: string },
  associationName: string,
): { subject: string; body: string } {
  const date = osloDateTime(event.startsAt, { day: "numeric", month: "long", year: "numeric" });
  const from = osloDateTime(event.startsAt, { hour: "2-digit", minute: "2-digit" });
  const to = osloDateTime(event.endsAt, { hour: "2-digit", minute: "2-digit" });
  const what = KIND_NB[event.kind] ?? "arrangementet";
  const action =
    event.kind === "career_fair"
      ? "Vil bedriften din ha en stand og møte kvalifiserte kandidater? Svar på invitasjonen med knappen under, så får du vite hvordan du registrerer standen."
      : "Svar på invitasjonen med knappen under, så vet vi om vi ser deg.";
  return {
    subject: `Invitasjon: ${event.title} ${date}`,
    body: [
      "Hei!",
      `${associationName} inviterer bedriften din til ${what} «${event.title}» ${date} kl. ${from}–${to}, ${event.venue}.`,
      action,
      `Vennlig hilsen\n${associationName}`,
    ].join("\n\n"),
  };
}
