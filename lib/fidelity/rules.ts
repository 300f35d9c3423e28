// IPS fidelity figures per job specialist and for the team, from the counts lib/fidelity/data.ts
// makes in the database: thresholds, averages and shares. Pure: no database, no next/*.
import { osloDate } from "@/lib/time/oslo";

/**
 * The thresholds shown next to each figure. Caseload, employer contacts and days to first
 * contact are IPS-25 items. IPS-25 has no employment rate; 40 % in competitive work is the
 * benchmark IPS programmes commonly report against. Follow-along uses the IPS-25 anchor
 * "most (more than 90 %) get the follow-along support", measured as steps done on time.
 */
export const IPS = {
  caseload: 20,
  employerContactsPerWeek: 6,
  daysToFirstContact: 30,
  competitiveWorkShare: 0.4,
  followAlongOnTimeShare: 0.9,
} as const;

/** Employer contacts are counted over the last 4 weeks. */
export const CONTACT_WEEKS = 4;
/** Days to first employer contact: participants taken on in the last 12 months. */
export const FIRST_CONTACT_LOOKBACK_DAYS = 365;
/** Follow-along steps due in the last 8 weeks, each with 3 days' grace. */
export const FOLLOW_ALONG_DAYS = 56;
export const FOLLOW_ALONG_GRACE_DAYS = 3;

/** What the five figures count, for one specialist or the whole team (lib/fidelity/data.ts). */
export interface FidelityCounts {
  /** Active participants: enrolled or on leave. */
  active: number;
  /** Face-to-face employer contacts and workplace visits in the last 4 weeks. */
  contacts: number;
  /**
   * Median days to the first face-to-face employer contact over the participants taken on in the
   * last 12 months; those without one yet count with the days so far once past 30.
   */
  medianDays: number | null;
  measured: number;
  within: number;
  /** Taken on in the last 30 days and no contact yet: too early to tell. */
  pending: number;
  /** Active participants with a job now. */
  inWork: number;
  /** Cadence steps due in the last 8 weeks whose grace has run out, and those done in time. */
  due: number;
  onTime: number;
}

/** One figure: `meets` is null when there is nothing to measure yet. */
export interface Figure {
  value: number | null;
  threshold: number;
  meets: boolean | null;
}
export interface FidelityFigures {
  /** Active participants (enrolled or on leave); for the team, the average per specialist. */
  caseload: Figure & { active: number };
  employerContacts: Figure & { count: number };
  /** Median days; participants without a contact yet count with the days so far once past 30. */
  daysToFirstContact: Figure & { measured: number; within: number; pending: number; shareWithin: number | null };
  competitiveWork: Figure & { inWork: number; active: number };
  followAlong: Figure & { onTime: number; due: number };
}

const DAY_MS = 86_400_000;

/** "2026-11-28": the date in Oslo, where the staff work (the one definition in lib/participants/rules). */
export const osloDay = osloDate;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const atMost = (value: number | null, threshold: number) => (value === null ? null : value <= threshold);
const atLeast = (value: number | null, threshold: number) => (value === null ? null : value >= threshold);
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The five figures from a group's counts: `people` job specialists (one person, or the whole
 * team). Team counts pool everyone's participants and steps; caseload and contacts are averaged
 * per specialist.
 */
export function figuresFrom(
  counts: FidelityCounts,
  people: number,
  caseloadTarget: number = IPS.caseload,
): FidelityFigures {
  const caseloadValue = people === 0 ? null : counts.active / people;
  // A municipality may aim lower than IPS (e.g. 15), never higher.
  const caseloadLimit = Math.min(caseloadTarget, IPS.caseload);
  const perWeek = people === 0 ? null : counts.contacts / CONTACT_WEEKS / people;
  const workShare = share(counts.inWork, counts.active);
  const followShare = share(counts.onTime, counts.due);
  return {
    caseload: {
      value: caseloadValue,
      threshold: caseloadLimit,
      meets: atMost(caseloadValue, caseloadLimit),
      active: counts.active,
    },
    employerContacts: {
      value: perWeek,
      threshold: IPS.employerContactsPerWeek,
      meets: atLeast(perWeek, IPS.employerContactsPerWeek),
      count: counts.contacts,
    },
    daysToFirstContact: {
      value: counts.medianDays,
      threshold: IPS.daysToFirstContact,
      meets: atMost(counts.medianDays, IPS.daysToFirstContact),
      measured: counts.measured,
      within: counts.within,
      pending: counts.pending,
      shareWithin: share(counts.within, counts.measured),
    },
    competitiveWork: {
      value: workShare,
      threshold: IPS.competitiveWorkShare,
      meets: atLeast(workShare, IPS.competitiveWorkShare),
      inWork: counts.inWork,
      active: counts.active,
    },
    followAlong: {
      value: followShare,
      threshold: IPS.followAlongOnTimeShare,
      meets: atLeast(followShare, IPS.followAlongOnTimeShare),
      onTime: counts.onTime,
      due: counts.due,
    },
  };
}
