// Pure rules of fair registration: eligibility, capacity and waitlist, the registration
// window and the wish limit. No database here, so each rule is tested on its own.
import type { EventStatus } from "@/db/schema/events";
import { educationLevelEnum, type participants } from "@/db/schema/participants";
import { suppress, suppressParts, type Shown, type Withheld } from "@/lib/statistics/suppression";

export type EducationLevel = (typeof participants.$inferSelect)["educationLevel"];

/** Lowest to highest: none < primary < secondary < vocational (trade certificate) < bachelor < master < doctorate. */
export const EDUCATION_LEVELS: readonly EducationLevel[] = educationLevelEnum.enumValues;

/** Candidates mark at most this many stands they want to meet. */
export const MAX_WISHES = 5;
/** Occupations a public candidate names on the form. */
export const MAX_OCCUPATIONS = 3;

export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** Whether a candidate's education meets the fair's rule; a fair without a rule takes everyone. */
export function meetsEligibility(level: EducationLevel, minEducation: EducationLevel | null | undefined): boolean {
  if (!minEducation) return true;
  return educationRank(level) >= educationRank(minEducation);
}

/** A new registration gets a place while places are left, else the waitlist. */
export function placeOrWaitlist(capacity: number | null, registered: number): "registered" | "waitlisted" {
  return capacity === null || registered < capacity ? "registered" : "waitlisted";
}

/**
 * Who moves up from the waitlist: the earliest registered first, as many as there are free
 * places (ties broken by id so every server picks the same person).
 */
export function toPromote<T extends { id: string; registeredAt: Date }>(
  capacity: number | null,
  registered: number,
  waitlisted: readonly T[],
): T[] {
  const free = capacity === null ? waitlisted.length : Math.max(0, capacity - registered);
  return [...waitlisted]
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, free);
}

export type RegistrationState = "hidden" | "notYet" | "open" | "closed";

/**
 * - hidden: drafts are not public at all (404).
 * - notYet / closed: a published fair outside its registration window; completed and cancelled fairs are closed.
 */
export function registrationState(
  event: { status: EventStatus; registrationOpensAt: Date | null; registrationClosesAt: Date | null; startsAt: Date },
  now: Date,
): RegistrationState {
  if (event.status === "draft") return "hidden";
  if (event.status !== "published") return "closed";
  if (event.registrationOpensAt && now < event.registrationOpensAt) return "notYet";
  // Without a closing time, registration closes when the fair starts.
  const closes = event.registrationClosesAt ?? event.startsAt;
  return now < closes ? "open" : "closed";
}

/** The distinct stands wished for, or null when there are more than the limit. */
export function checkWishes(standIds: readonly string[]): string[] | null {
  const unique = [...new Set(standIds)];
  return unique.length > MAX_WISHES ? null : unique;
}

export type CandidateStatusCounts = { registered: number; waitlisted: number; cancelled: number };

/** The candidates tab's counts as shown: by status, and by education among those not cancelled. */
export interface CandidateFigures {
  status: Record<keyof CandidateStatusCounts, Shown>;
  /** Only the levels somebody has; a level absent here has nobody. */
  education: Partial<Record<EducationLevel, Shown | Withheld>>;
}

/**
 * Exact for the organizer's staff, who see every candidate by name. For co-hosts, the council's
 * small-number suppression (lib/statistics): 1–4 people is "< 5", and an education level that
 * would give a suppressed one back from the registered and waitlisted counts is withheld.
 */
export function shownCandidateFigures(
  status: CandidateStatusCounts,
  education: Partial<Record<EducationLevel, number>>,
  exact: boolean,
): CandidateFigures {
  const levels = EDUCATION_LEVELS.filter((l) => (education[l] ?? 0) > 0);
  if (exact) {
    const as = (n: number): Shown => ({ value: n, suppressed: false });
    return {
      status: { registered: as(status.registered), waitlisted: as(status.waitlisted), cancelled: as(status.cancelled) },
      education: Object.fromEntries(levels.map((l) => [l, as(education[l]!)])),
    };
  }
  const parts = suppressParts(
    levels.map((l) => education[l]!),
    suppress(status.registered + status.waitlisted),
  ).parts;
  return {
    status: {
      registered: suppress(status.registered),
      waitlisted: suppress(status.waitlisted),
      cancelled: suppress(status.cancelled),
    },
    education: Object.fromEntries(levels.map((l, i) => [l, parts[i]])),
  };
}
