// How far a goal has come, and the days its chart is measured on. Pure; `today` is passed in.
import { addDays } from "@/lib/fidelity/rules";
import type { Day } from "./metrics";

/**
 * The share of the way from baseline to target, 0..1. The direction follows the goal: when the
 * target is below the baseline (days to first contact: lower is better), falling is progress.
 * Worse than the baseline is 0, beyond the target is 1; null when there is no figure.
 */
export function progressOf(baseline: number, target: number, current: number | null): number | null {
  if (current === null || !Number.isFinite(current)) return null;
  if (target === baseline) return (target >= baseline ? current >= target : current <= target) ? 1 : 0;
  const p = (current - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, p));
}

/** Lower is better when the target is below the baseline. */
export const lowerIsBetter = (baseline: number, target: number) => target < baseline;

/** Whether the target is reached (in the goal's direction). */
export function reached(baseline: number, target: number, current: number | null): boolean {
  if (current === null) return false;
  return lowerIsBetter(baseline, target) ? current <= target : current >= target;
}

const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"];

/**
 * The chart's days: every quarter end from the goal's start up to yesterday, then today. A goal
 * that starts in the future has only today.
 */
export function quarterPoints(startsOn: Day, today: Day): Day[] {
  const points: Day[] = [];
  const first = Math.max(Number(startsOn.slice(0, 4)), 1900);
  for (let year = first; year <= Number(today.slice(0, 4)); year++) {
    for (const end of QUARTER_ENDS) {
      const day = `${year}-${end}`;
      if (day >= startsOn && day < today) points.push(day);
    }
  }
  points.push(today);
  return points;
}

/** The quarter a day falls in: { year: 2026, quarter: 3 }. */
export function quarterOf(day: Day): { year: number; quarter: number } {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

export interface Report {
  reportedFor: Day;
  value: number;
}

/** A manual goal's figure on a day: the latest one reported for that day or earlier. */
export function reportedAsOf(reports: Report[], day: Day): number | null {
  let best: Report | null = null;
  for (const r of reports) if (r.reportedFor <= day && (!best || r.reportedFor >= best.reportedFor)) best = r;
  return best?.value ?? null;
}

/** The day after, for windows that end on (and include) a day. */
export const dayAfter = (day: Day) => addDays(day, 1);
