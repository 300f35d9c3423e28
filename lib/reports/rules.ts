// The municipality's reports, aggregated from plain rows so the arithmetic is tested on its own.
// No database, no next/*. Every figure counts people or placements; none names anyone.
import type { Industry } from "@/db/schema/organizations";
import type { Outcome } from "@/db/schema/participants";
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

// ---------------------------------------------------------------- 1. outcomes by cohort

export const OUTCOME_COLUMNS = ["work", "education", "both", "neither", "notRecorded"] as const;
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];
const IN_WORK_OR_EDUCATION: readonly Outcome[] = ["work", "education", "both"];

/** Participants of one cohort who share completion and outcomes, and how many they are (grouped in the database). */
export interface CohortGroup {
  /** The cohort: the calendar year the programme started. */
  cohort: number;
  completed: boolean;
  atEnd: Outcome | null;
  oneYear: Outcome | null;
  count: number;
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

function tally(rows: { outcome: Outcome | null; count: number }[]): OutcomeTally {
  const counts: Record<OutcomeColumn, number> = { work: 0, education: 0, both: 0, neither: 0, notRecorded: 0 };
  for (const r of rows) counts[r.outcome ?? "notRecorded"] += r.count;
  const recorded = counts.work + counts.education + counts.both + counts.neither;
  const good = IN_WORK_OR_EDUCATION.reduce((sum, o) => sum + counts[o], 0);
  return { counts, share: rate(good, recorded) };
}

const total = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);

function cohortRow(year: number | null, rows: CohortGroup[]): CohortRow {
  return {
    year,
    participants: total(rows),
    completed: total(rows.filter((r) => r.completed)),
    atEnd: tally(rows.map((r) => ({ outcome: r.atEnd, count: r.count }))),
    oneYear: tally(rows.map((r) => ({ outcome: r.oneYear, count: r.count }))),
  };
}

/** One row per cohort (oldest first) and a total; no rows when there are no participants. */
export function cohortOutcomes(rows: CohortGroup[]): { cohorts: CohortRow[]; total: CohortRow | null } {
  const byYear = groupBy(rows, (r) => r.cohort);
  const cohorts = [...byYear.keys()].sort((a, b) => a - b).map((year) => cohortRow(year, byYear.get(year)!));
  return { cohorts, total: total(rows) > 0 ? cohortRow(null, rows) : null };
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

/** Participants of one cohort who reached their first internship on the same day of the programme, and how many. */
export interface InternshipGroup {
  /** The cohort: the calendar year the programme started. */
  cohort: number;
  /**
   * Whole days from programme start to the first internship (one before the start counts as
   * day 0), or null for those without one yet.
   */
  days: number | null;
  count: number;
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

function internshipRow(year: number | null, rows: InternshipGroup[]): InternshipRow {
  const days = rows.filter((r) => r.days !== null).flatMap((r) => Array<number>(r.count).fill(r.days!));
  const participants = total(rows);
  return {
    year,
    participants,
    withInternship: days.length,
    withoutInternship: participants - days.length,
    days: quartiles(days),
  };
}

export function timeToInternship(rows: InternshipGroup[]): {
  cohorts: InternshipRow[];
  total: InternshipRow | null;
} {
  const byYear = groupBy(rows, (r) => r.cohort);
  const cohorts = [...byYear.keys()].sort((a, b) => a - b).map((year) => internshipRow(year, byYear.get(year)!));
  return { cohorts, total: total(rows) > 0 ? internshipRow(null, rows) : null };
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
