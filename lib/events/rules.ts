// Pure rules for events: Oslo wall-clock times, status changes, registration windows, stand
// capacity. No db, no next/*; `now` is always a parameter.
import type { EventKind, EventStatus } from "@/db/schema/events";
import { suppress, type Shown } from "@/lib/statistics/suppression";
import { osloDate, osloInstant } from "@/lib/time/oslo";

export const EVENT_KINDS: readonly EventKind[] = [
  "career_fair",
  "info_meeting",
  "breakfast_meeting",
  "recruitment_seminar",
];

/** The day after a "YYYY-MM-DD" date (calendar arithmetic, no time zone involved). */
export function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Registration opens at the start of its day in Oslo. */
export function opensAtFromDate(date: string): Date | null {
  return osloInstant(date, "00:00");
}

/** Registration closes at the end of its day in Oslo: stored as midnight starting the next day. */
export function closesAtFromDate(date: string): Date | null {
  return osloInstant(nextDay(date), "00:00");
}

/** The form's date for a stored closing instant (the day before the midnight it is stored as). */
export function closesDateOf(at: Date): string {
  return osloDate(new Date(at.getTime() - 1));
}

/** Where each status may go: draft → published → completed; cancel from draft or published. */
const TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  draft: ["published", "cancelled"],
  published: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

/** The statuses an event can move to now; it is completed only once it has begun. */
export function statusTargets(status: EventStatus, startsAt: Date, now: Date): EventStatus[] {
  return TRANSITIONS[status].filter((to) => to !== "completed" || now.getTime() >= startsAt.getTime());
}

export function canChangeStatus(from: EventStatus, to: EventStatus, startsAt: Date, now: Date): boolean {
  return statusTargets(from, startsAt, now).includes(to);
}

export interface Window {
  status: EventStatus;
  startsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

export type WindowState = "notPublished" | "notYetOpen" | "open" | "closed";

/**
 * Whether registration (of candidates and of stands) is open: only for a published event,
 * from the opening day, until the closing day ends and never after the event has begun.
 */
export function registrationState(e: Window, now: Date): WindowState {
  if (e.status !== "published") return "notPublished";
  const t = now.getTime();
  if (e.registrationOpensAt && t < e.registrationOpensAt.getTime()) return "notYetOpen";
  if (e.registrationClosesAt && t >= e.registrationClosesAt.getTime()) return "closed";
  if (t >= e.startsAt.getTime()) return "closed";
  return "open";
}

/**
 * Stands may be registered and changed until the deadline, including before candidates'
 * registration opens: exhibitors sign up first.
 */
export function standsState(e: Window, now: Date): Exclude<WindowState, "notYetOpen"> {
  const state = registrationState({ ...e, registrationOpensAt: null }, now);
  return state === "notYetOpen" ? "open" : state;
}

/** True when one more stand would not fit; null capacity means no limit. */
export function standCapacityFull(capacity: number | null, registered: number): boolean {
  return capacity !== null && registered >= capacity;
}

/** Minutes since midnight of "HH:MM", or null when it is not a time of day. */
export function minutesOfDay(time: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The speed-interview rounds fit inside the event: start at or after it begins, last round ends by its end. */
export function interviewsFit(
  eventStart: string,
  eventEnd: string,
  first: string,
  minutes: number,
  rounds: number,
): boolean {
  const [s, e, f] = [minutesOfDay(eventStart), minutesOfDay(eventEnd), minutesOfDay(first)];
  if (s === null || e === null || f === null) return false;
  return f >= s && f + minutes * rounds <= e;
}

export interface EventCounts {
  candidates: { registered: number; waitlisted: number; cancelled: number; checkedIn: number };
  stands: number;
  representatives: number;
  invitations: { sent: number; registered: number; declined: number };
  interviews: number;
}

/** The key figures as shown: counts of candidates and their interviews may be "< 5" (lib/statistics). */
export interface EventFigures {
  candidates: { registered: Shown; waitlisted: Shown; cancelled: Shown; checkedIn: Shown };
  stands: number;
  representatives: number;
  invitations: { sent: number; registered: number; declined: number };
  interviews: Shown;
}

/**
 * The organizer's staff see every candidate by name, so they get exact counts; co-hosts get the
 * council's small-number suppression on counts of candidates and interviews. Stands,
 * representatives and invitations count companies and their staff, not candidates.
 */
export function shownEventFigures(c: EventCounts, exact: boolean): EventFigures {
  const people = (n: number): Shown => (exact ? { value: n, suppressed: false } : suppress(n));
  return {
    candidates: {
      registered: people(c.candidates.registered),
      waitlisted: people(c.candidates.waitlisted),
      cancelled: people(c.candidates.cancelled),
      checkedIn: people(c.candidates.checkedIn),
    },
    stands: c.stands,
    representatives: c.representatives,
    invitations: c.invitations,
    interviews: people(c.interviews),
  };
}
