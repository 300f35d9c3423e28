// Pure rules of fair leads: when employers may record them, and how a lead's follow-up
// title is stored so the follow-ups page can show it in the reader's language.
import type { LeadKind } from "@/db/schema/events";

export const LEAD_KINDS: readonly LeadKind[] = ["follow_up_interview", "internship", "job", "no_follow_up"];

/** The consultant gets three days: soon enough that the employer's interest is still warm. */
export const LEAD_DUE_DAYS = 3;

/**
 * The follow-up's due date ("YYYY-MM-DD"). Computed here rather than with lib/follow-ups/rules,
 * because the demo seed imports this file and must not pull in the message files with it.
 */
export function leadDueOn(today: string): string {
  const [y, m, d] = today.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + LEAD_DUE_DAYS)).toISOString().slice(0, 10);
}

/** "No follow-up" is recorded for the figures but gives nobody a task. */
export function createsFollowUp(kind: LeadKind): boolean {
  return kind !== "no_follow_up";
}

/** Leads are evaluations of meetings, so they open when the fair starts; a cancelled fair has none. */
export function leadsOpen(event: { startsAt: Date; status: string }, now: Date): boolean {
  return event.status !== "cancelled" && now.getTime() >= event.startsAt.getTime();
}

export interface LeadTitle {
  kind: LeadKind;
  employer: string;
  event: string;
}

const PREFIX = "fair-lead:";

/**
 * follow_ups.title is one text column shown to staff in either language, so a fair lead stores
 * what the title is made of, not the words: components/follow-ups/follow-up-title.ts reads it.
 */
export function encodeLeadTitle(t: LeadTitle): string {
  return PREFIX + JSON.stringify([t.kind, t.employer, t.event]);
}

/** The parts of a stored title, or null for any other text (e.g. an anonymized "—"). */
export function decodeLeadTitle(title: string): LeadTitle | null {
  if (!title.startsWith(PREFIX)) return null;
  try {
    const v: unknown = JSON.parse(title.slice(PREFIX.length));
    if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === "string")) return null;
    const [kind, employer, event] = v as string[];
    return (LEAD_KINDS as readonly string[]).includes(kind) ? { kind: kind as LeadKind, employer, event } : null;
  } catch {
    return null;
  }
}
