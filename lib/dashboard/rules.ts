// The council dashboard's arithmetic: quarters in Norwegian time, per-quarter counts laid out
// as rows per level, small-number suppression of people counts, and the plain rule that says
// where the team plays and where it does not. Pure; lib/dashboard/data.ts loads the counts.
import { suppress, shownText, type Shown } from "@/lib/statistics/suppression";
import { osloWallClock } from "@/lib/time/oslo";

export type Level = "micro" | "meso" | "macro";
export const LEVELS: readonly Level[] = ["micro", "meso", "macro"];

export const ACTIVITIES = {
  micro: ["placementsCreated", "agreementsReached", "hires"],
  meso: ["fairsHeld", "interviewsHeld", "employerContacts"],
  macro: ["meetingsHeld", "decisions", "actionsDone", "cohostedEvents", "campaignsSent"],
} as const satisfies Record<Level, readonly string[]>;
export type Activity = (typeof ACTIVITIES)[Level][number];

/** Counts of people: shown as "< 5" when 1–4. Meetings, events, decisions and contacts are not people. */
export const PEOPLE_ACTIVITIES: readonly Activity[] = [
  "placementsCreated",
  "agreementsReached",
  "hires",
  "interviewsHeld",
];

/**
 * Activities that happen only at a planned event: a quarter without one is silent only when a fair
 * was planned for it (published, held or cancelled), not when none was meant to be.
 */
export const PLANNED_BY = { fairsHeld: "fairsPlanned", interviewsHeld: "fairsPlanned" } as const satisfies Partial<
  Record<Activity, string>
>;
export type Plan = (typeof PLANNED_BY)[keyof typeof PLANNED_BY];

export const QUARTERS_SHOWN = 8;

export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

/** The quarter a moment falls in, on the Norwegian calendar (a New Year's Eve party at 23:30 UTC is in January). */
export function quarterOf(d: Date): Quarter {
  const { year, month } = osloWallClock(d);
  return { year, q: (Math.floor((month - 1) / 3) + 1) as Quarter["q"] };
}

export function quarterKey(q: Quarter): string {
  return `${q.year}-${q.q}`;
}

/** "2026-3" → { 2026, 3 }; anything else → null. */
export function parseQuarter(s: string | null | undefined): Quarter | null {
  const m = /^(\d{4})-([1-4])$/.exec(s ?? "");
  return m ? { year: Number(m[1]), q: Number(m[2]) as Quarter["q"] } : null;
}

export function shiftQuarter(q: Quarter, by: number): Quarter {
  const n = q.year * 4 + (q.q - 1) + by;
  return { year: Math.floor(n / 4), q: ((n % 4) + 1) as Quarter["q"] };
}

/** The last `n` quarters, oldest first, ending with the current one (which is still running). */
export function lastQuarters(now: Date, n = QUARTERS_SHOWN): Quarter[] {
  const current = quarterOf(now);
  return Array.from({ length: n }, (_, i) => shiftQuarter(current, i - n + 1));
}

/** The first day of a quarter as "YYYY-MM-DD" (a local date; the query turns it into Oslo midnight). */
export function quarterStartDate(q: Quarter): string {
  return `${q.year}-${String((q.q - 1) * 3 + 1).padStart(2, "0")}-01`;
}

/** "2026 K3" in bokmål (kvartal), "2026 Q3" in English. */
export function quarterLabel(q: Quarter, locale: "nb" | "en"): string {
  return `${q.year} ${locale === "nb" ? "K" : "Q"}${q.q}`;
}

/** One count from the database: an activity in a quarter. */
export interface QuarterCount {
  activity: Activity | Plan;
  year: number;
  q: number;
  n: number;
}

export interface DashboardRow {
  activity: Activity;
  people: boolean;
  /** The raw counts per quarter, oldest first: only for the rules, never shown. */
  raw: number[];
  /** What may be shown, per quarter. */
  shown: Shown[];
  /** For activities at planned events: how many were planned per quarter. */
  planned?: number[];
}

export interface Assessment {
  /** Some activity in the last complete quarter. */
  playing: Activity[];
  /** Nothing at all in the last complete quarter. */
  silent: Activity[];
  /** Nothing, but nothing was planned either (no fair that quarter): not counted as silent. */
  notPlanned: Activity[];
  /** Less than half the average of the four quarters before it. */
  falling: Activity[];
}

export interface DashboardLevel {
  level: Level;
  rows: DashboardRow[];
  assessment: Assessment;
}

/** Lays the counts out as one row per activity and one cell per quarter; missing cells are 0. */
export function aggregate(counts: readonly QuarterCount[], quarters: readonly Quarter[]): DashboardLevel[] {
  const index = new Map(quarters.map((q, i) => [quarterKey(q), i]));
  const raw = new Map<Activity | Plan, number[]>();
  for (const c of counts) {
    const i = index.get(`${c.year}-${c.q}`);
    if (i === undefined) continue;
    const row = raw.get(c.activity) ?? Array<number>(quarters.length).fill(0);
    row[i] += Number(c.n);
    raw.set(c.activity, row);
  }
  return LEVELS.map((level) => {
    const rows = ACTIVITIES[level].map((activity): DashboardRow => {
      const values = raw.get(activity) ?? Array<number>(quarters.length).fill(0);
      const people = PEOPLE_ACTIVITIES.includes(activity);
      const plan = (PLANNED_BY as Partial<Record<Activity, Plan>>)[activity];
      return {
        activity,
        people,
        raw: values,
        shown: values.map((n) => (people ? suppress(n) : { value: n, suppressed: false as const })),
        ...(plan ? { planned: raw.get(plan) ?? Array<number>(quarters.length).fill(0) } : {}),
      };
    });
    return { level, rows, assessment: assess(rows) };
  });
}

/**
 * Where the team plays: judged on the last complete quarter (the next-to-last column, as the
 * last one is still running). Silent: nothing at all. Falling: less than half the average of
 * the four quarters before, when there was something to fall from. An activity at planned
 * events with nothing planned that quarter is neither silent nor falling.
 */
export function assess(rows: readonly DashboardRow[]): Assessment {
  const out: Assessment = { playing: [], silent: [], notPlanned: [], falling: [] };
  for (const r of rows) {
    const last = r.raw.length - 2;
    if (last < 0) continue;
    const value = r.raw[last];
    const before = r.raw.slice(Math.max(0, last - 4), last);
    const mean = before.length ? before.reduce((a, b) => a + b, 0) / before.length : 0;
    if (value === 0 && r.planned && r.planned[last] === 0) {
      out.notPlanned.push(r.activity);
      continue;
    }
    if (value === 0) out.silent.push(r.activity);
    else out.playing.push(r.activity);
    if (mean > 0 && value < mean / 2) out.falling.push(r.activity);
  }
  return out;
}

/** The quarter the printable report shows by default: the last complete one. */
export function defaultReportQuarter(now: Date): Quarter {
  return shiftQuarter(quarterOf(now), -1);
}

/** A cell as text: the number, or "< 5" for a suppressed count of people. */
export function cellText(s: Shown, format: (n: number) => string = String): string {
  return shownText(s, format);
}

/** The CSV rows (level; activity; quarter; value) in the reader's words. */
export function csvRows(
  levels: readonly DashboardLevel[],
  quarters: readonly Quarter[],
  words: { level: (l: Level) => string; activity: (a: Activity) => string; quarter: (q: Quarter) => string },
): [string, string, string, string][] {
  return levels.flatMap((l) =>
    l.rows.flatMap((r) =>
      quarters.map((q, i): [string, string, string, string] => [
        words.level(l.level),
        words.activity(r.activity),
        words.quarter(q),
        cellText(r.shown[i]),
      ]),
    ),
  );
}
