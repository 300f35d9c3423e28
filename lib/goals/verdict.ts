// Whether a goal is on track: the share of the way from baseline to target set against the share
// of the time from the start to the deadline that has gone. Pure; `today` is passed in.
import { daysBetween } from "@/lib/fidelity/rules";
import type { Day } from "./metrics";
import { progressOf, reached } from "./progress";

export type VerdictKind = "reached" | "onTrack" | "behind" | "missed" | "noFigure" | "suppressed";

export interface GoalVerdict {
  kind: VerdictKind;
  /** 0..1 of the way from baseline to target; null when there is no figure to show. */
  progress: number | null;
  /** 0..1 of the time from the start to the deadline that has gone. */
  elapsed: number;
}

export interface VerdictInput {
  baseline: number;
  target: number;
  current: number | null;
  /** The figure rests on 1–4 people: no progress may be shown, so no verdict either. */
  suppressed: boolean;
  startsOn: Day;
  deadline: Day;
}

/** The share of the time from `startsOn` to `deadline` that has gone by `today`, 0..1. */
export function timeElapsed(startsOn: Day, deadline: Day, today: Day): number {
  const total = daysBetween(startsOn, deadline);
  if (total <= 0) return today >= deadline ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(startsOn, today) / total));
}

/**
 * The verdict in the goal's own direction (a target below the baseline is a reduction goal).
 * Reached beats everything; after the deadline an unreached goal is missed; otherwise a goal is
 * on track when it has come at least as far as the time has gone (0 % of the time: on track).
 */
export function goalVerdict(goal: VerdictInput, today: Day): GoalVerdict {
  const elapsed = timeElapsed(goal.startsOn, goal.deadline, today);
  if (goal.suppressed) return { kind: "suppressed", progress: null, elapsed };
  const progress = progressOf(goal.baseline, goal.target, goal.current);
  if (progress === null) return { kind: "noFigure", progress: null, elapsed };
  if (reached(goal.baseline, goal.target, goal.current)) return { kind: "reached", progress: 1, elapsed };
  if (today > goal.deadline) return { kind: "missed", progress, elapsed };
  return { kind: progress >= elapsed ? "onTrack" : "behind", progress, elapsed };
}
