// The municipality's reports, aggregated from plain rows so the arithmetic is tested on its own.
// No database, no next/*. Every figure counts people or placements; none names anyone.
import type { Industry } from "@/db/schema/organizations";
import type { Outcome, ParticipantStatus } from "@/db/schema/participants";
import { osloDate } from "@/lib/time/oslo";

export const REPORTS = ["cohorts", "funnel", "internships", "industries", "employers"] as const;
export type ReportId = (typeof REPORTS)[number];
/** Reports that take a year; the cohort reports span every cohort. */
export const YEAR_REPORTS: readonly ReportId[] = ["funnel", "industries", "employers"];

export function isReport(value: string): value is ReportId {
  return (REPORTS as readonly string[]).includes(value);
}

/** The calendar year in Oslo. */
export function currentYear(now: Date): number {
  return Number(osloDate(now).slice(0, 4));
}

/** How many years back the year selector goes. */
export const YEARS_BACK = 5;

export function yearOptions(currentYear: number): number[] {
  return Array.from({ length: YEARS_BACK + 1 }, (_, i) => currentYear - i);
}

/** The year asked for in the URL, when it is one the selector offers; else the current year. */
export function parseYear(raw: string | string[] | undefined | null, currentYear: number): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{4}$/.test(value)) return currentYear;
  const year = Number(value);
  return yearOptions(currentYear).includes(year) ? year : currentYear;
}

/** part / whole, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

/**
 * Quartiles by linear interpolation between closest ranks — the same as PostgreSQL's
 * percentile_cont and Excel's QUARTILE.INC, so a reader can check a figure in a spreadsheet.
 */
export function quartiles(values: number[]): Quartiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const pos = (sorted.length - 1) * p;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  };
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}

/** The cohort of a participant: the year their programme started ("2024-08-19" → 2024). */
export function cohortOf(programmeStart: string): number {
  return Number(programmeStart.slice(0, 4));
}

// ---------------------------------------------------------------- 1. outcomes by cohort

export const OUTCOME_COLUMNS = ["work", "education", "both", "neither", "notRecorded"] as const;
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];
const IN_WORK_OR_EDUCATION: readonly Outcome[] = ["work", "education", "both"];

export interface CohortParticipant {
  programmeStart: string;
  status: ParticipantStatus;
  atEnd: Outcome | null;
  oneYear: Outcome | null;
}

export interface OutcomeTally {
  counts: Record<OutcomeColumn, number>;
  /** In work or education (or both) of those with a recorded outcome; null when none is recorded. */
  share: number | null;
}

export interface CohortRow {
  /** null: every cohort together. */
  year: number | null;
  participants: number;
  completed: number;
  atEnd: OutcomeTally;
  oneYear: OutcomeTally;
}

function tally(outcomes: (Outcome | null)[]): OutcomeTally {
  const counts: Record<OutcomeColumn, number> = { work: 0, education: 0, both: 0, neither: 0, notRecorded: 0 };
  for (const o of outcomes) counts[o ?? "notRecorded"]++;
  const recorded = outcomes.length - counts.notRecorded;
  const good = outcomes.filter((o) => o !== null && IN_WORK_OR_EDUCATION.includes(o)).length;
  return { counts, share: rate(good, recorded) };
}

function cohortRow(year: number | null, rows: CohortParticipant[]): CohortRow {
  return {
    year,
    participants: rows.length,
    completed: rows.filter((r) => r.status === "completed").length,
    atEnd: tally(rows.map((r) => r.atEnd)),
    oneYear: tally(rows.map((r) => r.oneYear)),
  };
}

/** One row per cohort (oldest first) and a total; no rows when there are no participants. */
export function cohortOutcomes(rows: CohortParticipant[]): { cohorts: CohortRow[]; total: CohortRow | null } {
  const byYear = groupBy(rows, (r) => cohortOf(r.programmeStart));
  const cohorts = [...byYear.keys()].sort((a, b) => a - b).map((year) => cohortRow(year, byYear.get(year)!));
  return { cohorts, total: rows.length ? cohortRow(null, rows) : null };
}

// ---------------------------------------------------------------- 2. the funnel

export const FUNNEL_STEPS = ["fair", "proposed", "agreement", "hired"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** One step a participant took in the year; `fromFair` when it traces back to a fair lead. */
export interface FunnelEvent {
  participantId: string;
  step: FunnelStep;
  fromFair: boolean;
}

export interface FunnelRow {
  step: FunnelStep;
  /** Distinct participants who took the step in the year. */
  all: number;
  /** Of the previous step's participants; null for the first two steps (proposals also come from outside fairs). */
  allRate: number | null;
  /** Distinct participants whose step traces back to a fair (the fair step: all of them). */
  fromFair: number;
  /** Of the previous step's fair-traced participants; null for the first step. */
  fairRate: number | null;
}

export function funnel(events: FunnelEvent[]): FunnelRow[] {
  const people = (step: FunnelStep, onlyFair: boolean) =>
    new Set(
      events.filter((e) => e.step === step && (!onlyFair || e.fromFair || step === "fair")).map((e) => e.participantId),
    ).size;
  const all = FUNNEL_STEPS.map((s) => people(s, false));
  const fair = FUNNEL_STEPS.map((s) => people(s, true));
  return FUNNEL_STEPS.map((step, i) => ({
    step,
    all: all[i],
    allRate: i >= 2 ? rate(all[i], all[i - 1]) : null,
    fromFair: fair[i],
    fairRate: i >= 1 ? rate(fair[i], fair[i - 1]) : null,
  }));
}

// ---------------------------------------------------------------- 3. time to first internship

export interface InternshipParticipant {
  programmeStart: string;
  /** The day the first internship started ("YYYY-MM-DD"), or null when there is none yet. */
  firstInternship: string | null;
}

export interface InternshipRow {
  /** null: every cohort together. */
  year: number | null;
  participants: number;
  withInternship: number;
  withoutInternship: number;
  /** Days from programme start; null when nobody in the cohort has had an internship. */
  days: Quartiles | null;
}

/** Whole days from one date to another; an internship before programme start counts as day 0. */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
}

function internshipRow(year: number | null, rows: InternshipParticipant[]): InternshipRow {
  const days = rows
    .filter((r) => r.firstInternship !== null)
    .map((r) => daysBetween(r.programmeStart, r.firstInternship!));
  return {
    year,
    participants: rows.length,
    withInternship: days.length,
    withoutInternship: rows.length - days.length,
    days: quartiles(days),
  };
}

export function timeToInternship(rows: InternshipParticipant[]): {
  cohorts: InternshipRow[];
  total: InternshipRow | null;
} {
  const byYear = groupBy(rows, (r) => cohortOf(r.programmeStart));
  const cohorts = [...byYear.keys()].sort((a, b) => a - b).map((year) => internshipRow(year, byYear.get(year)!));
  return { cohorts, total: rows.length ? internshipRow(null, rows) : null };
}

// ---------------------------------------------------------------- 4. placements by industry

/** One placement that moved in the year, with what it reached in that year. */
export interface IndustryPlacement {
  industry: Industry | null;
  proposed: boolean;
  agreement: boolean;
  hired: boolean;
}

export interface IndustryRow {
  /** null: the employer has not recorded its industry. */
  industry: Industry | null;
  placements: number;
  agreements: number;
  hires: number;
}

/** Industries with any figure, most placements first; the unknown industry last. */
export function byIndustry(rows: IndustryPlacement[]): { industries: IndustryRow[]; total: IndustryRow } {
  const groups = groupBy(rows, (r) => r.industry);
  const sum = (industry: Industry | null, list: IndustryPlacement[]): IndustryRow => ({
    industry,
    placements: list.filter((r) => r.proposed).length,
    agreements: list.filter((r) => r.agreement).length,
    hires: list.filter((r) => r.hired).length,
  });
  const industries = [...groups.entries()]
    .map(([industry, list]) => sum(industry, list))
    .filter((r) => r.placements + r.agreements + r.hires > 0)
    .sort(
      (a, b) =>
        Number(a.industry === null) - Number(b.industry === null) ||
        b.placements - a.placements ||
        b.agreements - a.agreements ||
        String(a.industry).localeCompare(String(b.industry)),
    );
  return { industries, total: { ...sum(null, rows) } };
}

// ---------------------------------------------------------------- 5. employers engaged

/** An employer the municipality worked with in a year: a placement moved or an employer contact was logged. */
export interface EngagedEmployer {
  employerId: string;
  industry: Industry | null;
  year: number;
}

export interface EmployerIndustryRow {
  industry: Industry | null;
  thisYear: number;
  newThisYear: number;
  returning: number;
  lastYear: number;
}

export interface EmployerEngagement {
  year: number;
  thisYear: number;
  lastYear: number;
  /** Engaged this year and never before. */
  newThisYear: number;
  /** Engaged this year and in some earlier year. */
  returning: number;
  industries: EmployerIndustryRow[];
}

export function employerEngagement(rows: EngagedEmployer[], year: number): EmployerEngagement {
  const inYear = (y: number) => new Map(rows.filter((r) => r.year === y).map((r) => [r.employerId, r.industry]));
  const current = inYear(year);
  const previous = inYear(year - 1);
  const before = new Set(rows.filter((r) => r.year < year).map((r) => r.employerId));
  const returning = [...current.keys()].filter((id) => before.has(id)).length;
  const industries = new Map<Industry | null, EmployerIndustryRow>();
  const row = (industry: Industry | null) => {
    const found = industries.get(industry) ?? { industry, thisYear: 0, newThisYear: 0, returning: 0, lastYear: 0 };
    industries.set(industry, found);
    return found;
  };
  for (const [id, industry] of current) {
    const r = row(industry);
    r.thisYear++;
    if (before.has(id)) r.returning++;
    else r.newThisYear++;
  }
  for (const industry of previous.values()) row(industry).lastYear++;
  return {
    year,
    thisYear: current.size,
    lastYear: previous.size,
    newThisYear: current.size - returning,
    returning,
    industries: [...industries.values()].sort(
      (a, b) =>
        Number(a.industry === null) - Number(b.industry === null) ||
        b.thisYear - a.thisYear ||
        b.lastYear - a.lastYear ||
        String(a.industry).localeCompare(String(b.industry)),
    ),
  };
}

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}
