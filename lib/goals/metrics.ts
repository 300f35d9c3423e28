// The live metrics a shared goal can be measured by, as pure functions over compact rows that
// lib/goals/data/metric-rows.ts loads for the council's scope. No database, no next/*; days are
// "YYYY-MM-DD" in Oslo and every period is a half-open window [from, to).
//
// Every metric is measured over the 12 months up to a day: "now" for the current value, and each
// quarter end from the goal's start for the chart. Counts are therefore per year, which is how
// the council sets its targets ("200 internship slots a year").
//
// Definitions (the window is [from, to), "as of" is the window's last day):
// - work_or_education_share: participants who reached `months` months after their programme
//   START inside the window (the mark). In work or education = a job work period covers the mark,
//   or their latest recorded outcome (one year after, else at programme end) is work, education or
//   both. Share in percent of everyone who reached the mark. Starting from the programme start
//   (not its end) compares cohorts fairly however long each one's programme lasted.
// - internship_slots_posted: slots of kind internship created in the window, drafts excluded
//   (a draft was never posted); optionally only by member companies of the council's associations.
// - placements_agreed: placements whose first move to stage "agreement" fell in the window.
// - hires: placements whose move to "completed" fell in the window and whose outcome is "hired".
// - employers_first_placement: employers whose first placement with the council's
//   municipalities was created in the window.
// - fair_leads_to_placements: fair leads created in the window that led to a placement, at events
//   organized or co-hosted by council members.
// - median_days_to_employer_contact: participants enrolled in the window with a contact of kind
//   "employer" on or after enrolment (as of the window's end); the median of the days between.
//   Those without such a contact yet are left out — they have no figure to take a median of.
// - face_to_face_contacts_per_specialist_week: face-to-face employer contacts (kind employer or
//   workplace visit, as in IPS-25) by the municipalities' job specialists in the window, divided by
//   the number of job specialists and by the weeks in the window.
// - first_contact_within_30_days_share: IPS participants (assigned to a job specialist) enrolled in
//   the window: the share whose first employer contact came within 30 days. Those enrolled less
//   than 30 days before the window's end without a contact yet are too early to tell and left out.
import type { GoalMetric, GoalUnit } from "@/db/schema/council";
import type { Outcome } from "@/db/schema/participants";
import { addDays, daysBetween, median } from "@/lib/fidelity/rules";
import { suppress, suppressShare } from "@/lib/statistics/suppression";

export type Day = string;
export interface Window {
  from: Day;
  to: Day;
}

/** A measured value; `n` is how many people (or things) it rests on. */
export interface MetricResult {
  value: number | null;
  suppressed: boolean;
  n: number;
}

export interface MetricParams {
  months?: number;
  membersOnly?: boolean;
}

/** Each metric's unit, and whether its figure counts people (then small numbers are suppressed). */
export const METRICS: Record<GoalMetric, { unit: GoalUnit; people: boolean; param: "months" | "membersOnly" | null }> =
  {
    work_or_education_share: { unit: "percent", people: true, param: "months" },
    internship_slots_posted: { unit: "count", people: false, param: "membersOnly" },
    placements_agreed: { unit: "count", people: true, param: null },
    hires: { unit: "count", people: true, param: null },
    employers_first_placement: { unit: "count", people: false, param: null },
    fair_leads_to_placements: { unit: "count", people: true, param: null },
    median_days_to_employer_contact: { unit: "days", people: true, param: null },
    face_to_face_contacts_per_specialist_week: { unit: "per_week", people: false, param: null },
    first_contact_within_30_days_share: { unit: "percent", people: true, param: null },
  };
export const METRIC_KEYS = Object.keys(METRICS) as GoalMetric[];
export const DEFAULT_MONTHS = 36;
export const FIRST_CONTACT_DAYS = 30;

export interface DayCount {
  day: Day;
  n: number;
}
export interface WorkEducationRow {
  programmeStart: Day;
  /** A job work period covers the day `months` after programme start. */
  inWorkAtMark: boolean;
  /** The latest recorded outcome: one year after the programme, else at its end. */
  outcome: Outcome | null;
}
export interface EnrolmentRow {
  enrolledAt: Day;
  /** The first contact of kind employer on or after enrolment, if any. */
  firstEmployerContact: Day | null;
  /** Assigned to a job specialist (IPS). */
  ips: boolean;
}

/** The compact rows one metric needs, tagged by the metric. */
export type MetricRows =
  | { metric: "work_or_education_share"; months: number; rows: WorkEducationRow[] }
  | { metric: "internship_slots_posted" | "placements_agreed" | "hires" | "fair_leads_to_placements"; days: DayCount[] }
  | { metric: "employers_first_placement"; firsts: Day[] }
  | { metric: "median_days_to_employer_contact" | "first_contact_within_30_days_share"; enrolments: EnrolmentRow[] }
  | { metric: "face_to_face_contacts_per_specialist_week"; days: DayCount[]; specialists: number };

const inWindow = (day: Day, w: Window) => day >= w.from && day < w.to;
const nothing: MetricResult = { value: null, suppressed: false, n: 0 };

/** The day `months` months after `day`, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The 12 months up to and including `day`. */
export function yearUpTo(day: Day): Window {
  const to = addDays(day, 1);
  return { from: addMonths(to, -12), to };
}

function count(days: DayCount[], w: Window, people: boolean): MetricResult {
  const n = days.reduce((sum, d) => (inWindow(d.day, w) ? sum + d.n : sum), 0);
  if (!people) return { value: n, suppressed: false, n };
  const shown = suppress(n);
  return { value: shown.value, suppressed: shown.suppressed, n };
}

function percent(part: number, whole: number): MetricResult {
  if (whole === 0) return nothing;
  const shown = suppressShare(part, whole);
  return { value: shown.suppressed ? null : (shown.value as number) * 100, suppressed: shown.suppressed, n: whole };
}

export function workOrEducationShare(rows: WorkEducationRow[], months: number, w: Window): MetricResult {
  const reached = rows.filter((r) => inWindow(addMonths(r.programmeStart, months), w));
  const working = reached.filter((r) => r.inWorkAtMark || (r.outcome !== null && r.outcome !== "neither")).length;
  return percent(working, reached.length);
}

export function employersFirstPlacement(firsts: Day[], w: Window): MetricResult {
  const n = firsts.filter((d) => inWindow(d, w)).length;
  return { value: n, suppressed: false, n };
}

/** The first employer contact as it was known on the window's last day. */
function firstContactAsOf(r: EnrolmentRow, asOf: Day): Day | null {
  return r.firstEmployerContact !== null && r.firstEmployerContact >= r.enrolledAt && r.firstEmployerContact <= asOf
    ? r.firstEmployerContact
    : null;
}

export function medianDaysToEmployerContact(rows: EnrolmentRow[], w: Window): MetricResult {
  const asOf = addDays(w.to, -1);
  const days: number[] = [];
  for (const r of rows) {
    if (!inWindow(r.enrolledAt, w)) continue;
    const first = firstContactAsOf(r, asOf);
    if (first !== null) days.push(daysBetween(r.enrolledAt, first));
  }
  if (days.length === 0) return nothing;
  const shown = suppress(days.length);
  return { value: shown.suppressed ? null : median(days), suppressed: shown.suppressed, n: days.length };
}

export function firstContactWithin30Share(rows: EnrolmentRow[], w: Window): MetricResult {
  const asOf = addDays(w.to, -1);
  let within = 0;
  let measured = 0;
  for (const r of rows) {
    if (!r.ips || !inWindow(r.enrolledAt, w)) continue;
    const first = firstContactAsOf(r, asOf);
    const days = first === null ? null : daysBetween(r.enrolledAt, first);
    if (days !== null && days <= FIRST_CONTACT_DAYS) within++;
    else if (days === null && daysBetween(r.enrolledAt, asOf) <= FIRST_CONTACT_DAYS) continue; // too early to tell
    measured++;
  }
  return percent(within, measured);
}

export function contactsPerSpecialistWeek(days: DayCount[], specialists: number, w: Window): MetricResult {
  const n = count(days, w, false).n;
  const weeks = daysBetween(w.from, w.to) / 7;
  if (specialists === 0 || weeks <= 0) return { value: null, suppressed: false, n };
  return { value: n / specialists / weeks, suppressed: false, n };
}

/** One metric's value over a window. */
export function evaluate(input: MetricRows, w: Window): MetricResult {
  switch (input.metric) {
    case "work_or_education_share":
      return workOrEducationShare(input.rows, input.months, w);
    case "internship_slots_posted":
    case "placements_agreed":
    case "hires":
    case "fair_leads_to_placements":
      return count(input.days, w, METRICS[input.metric].people);
    case "employers_first_placement":
      return employersFirstPlacement(input.firsts, w);
    case "median_days_to_employer_contact":
      return medianDaysToEmployerContact(input.enrolments, w);
    case "first_contact_within_30_days_share":
      return firstContactWithin30Share(input.enrolments, w);
    case "face_to_face_contacts_per_specialist_week":
      return contactsPerSpecialistWeek(input.days, input.specialists, w);
  }
}
