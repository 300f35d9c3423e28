// How a placement reads from the employer's side: their own name for each stage, what happens
// after their answer, and the interview note they wrote. Pure; the staff's words stay in
// placements.stages. Apart from rules.ts so that the employer's wording can change on its own.
import type { PlacementStage } from "@/db/schema/pipeline";

/** The employer's view of a stage: a key under placements.employerStages and placements.employerNext. */
export type EmployerStage =
  "awaiting_answer" | "interested" | "interview" | "agreement" | "active" | "completed" | "declined" | "unavailable";

/**
 * Each stage as the employer meets it. "proposed" is what they must answer; a candidate who
 * declined or was withdrawn is only "no longer available" to them (access.ts), and a suggestion
 * never reaches them.
 */
export const EMPLOYER_STAGE: Record<PlacementStage, EmployerStage> = {
  suggested: "unavailable",
  proposed: "awaiting_answer",
  employer_interested: "interested",
  interview: "interview",
  agreement: "agreement",
  active: "active",
  completed: "completed",
  declined_by_employer: "declined",
  declined_by_participant: "unavailable",
  withdrawn: "unavailable",
};

export function employerStage(stage: PlacementStage): EmployerStage {
  return EMPLOYER_STAGE[stage];
}

/** Whether the employer is the one who must act now: the proposal waits for their answer. */
export function awaitsEmployer(stage: PlacementStage): boolean {
  return employerStage(stage) === "awaiting_answer";
}

export interface EmployerMoveEvent {
  toStage: PlacementStage;
  note: string | null;
  /** Whether the person who made the move acts for the employer (not municipality staff). */
  byEmployer: boolean;
  at: Date;
}

/**
 * The note the employer wrote with their latest interview time, shown back to them. Only their
 * own: a note written by municipality staff is internal and never picked, whatever its stage.
 */
export function ownInterviewNote(events: readonly EmployerMoveEvent[]): string | null {
  const latest = events
    .filter((e) => e.toStage === "interview" && e.byEmployer)
    .reduce<EmployerMoveEvent | null>((a, e) => (a === null || e.at.getTime() >= a.at.getTime() ? e : a), null);
  return latest?.note?.trim() || null;
}
