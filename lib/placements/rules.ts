// Pure placement rules: which moves between stages exist, who may make them, what each
// move needs, and how many positions of a slot are taken. No database, no next/*.
import type { PlacementOutcome, PlacementStage } from "@/db/schema/pipeline";
import type { Actor } from "@/lib/auth/roles";

/** The main line a placement walks, in order. */
export const MAIN_STAGES: PlacementStage[] = [
  "suggested",
  "proposed",
  "employer_interested",
  "interview",
  "agreement",
  "active",
  "completed",
];
export const CLOSED_STAGES: PlacementStage[] = ["declined_by_employer", "declined_by_participant", "withdrawn"];
/** Stages a placement is still moving in; the others are final. */
export const OPEN_STAGES: PlacementStage[] = [
  "suggested",
  "proposed",
  "employer_interested",
  "interview",
  "agreement",
  "active",
];
/** Proposals still waiting for an answer. */
export const PENDING_STAGES: PlacementStage[] = ["suggested", "proposed", "employer_interested", "interview"];
/**
 * Withdrawing consent to share with employers withdraws these at once: every open stage before
 * the agreement is signed (lib/privacy/visibility.ts AGREEMENT_SIGNED_STAGES).
 */
export const CONSENT_BOUND_STAGES: PlacementStage[] = [...PENDING_STAGES, "agreement"];
/** Only an agreement being made or an ongoing placement holds one of the slot's positions. */
export const POSITION_STAGES: PlacementStage[] = ["agreement", "active"];
/** From the agreement on, the employer may know who the candidate is and how to reach them. */
export const CONTACT_STAGES: PlacementStage[] = ["agreement", "active", "completed"];
/** The stages the employer sees: a suggestion is the consultant's own shortlist, never shared. */
export const EMPLOYER_STAGES: PlacementStage[] = [...MAIN_STAGES.filter((s) => s !== "suggested"), ...CLOSED_STAGES];
export const OUTCOMES: PlacementOutcome[] = ["hired", "education", "extended", "ended"];
/** The three parties who each confirm an agreement before the placement starts. */
export const PARTIES = ["municipality", "employer", "participant"] as const;
export type Party = (typeof PARTIES)[number];

/**
 * Every move there is. Closing moves exist before the placement starts; once it is active
 * it ends as completed with an outcome ("ended" covers an early end), so the history
 * keeps the fact that it did start.
 */
const MOVES: Record<PlacementStage, PlacementStage[]> = {
  suggested: ["proposed", "declined_by_participant", "withdrawn"],
  proposed: ["employer_interested", "interview", "declined_by_employer", "declined_by_participant", "withdrawn"],
  employer_interested: ["interview", "declined_by_employer", "declined_by_participant", "withdrawn"],
  interview: ["agreement", "declined_by_employer", "declined_by_participant", "withdrawn"],
  agreement: ["active", "declined_by_employer", "declined_by_participant", "withdrawn"],
  active: ["completed"],
  completed: [],
  declined_by_employer: [],
  declined_by_participant: [],
  withdrawn: [],
};

/** The employer's own answers. Staff may also record a refusal the employer gave by phone. */
const EMPLOYER_MOVES: PlacementStage[] = ["employer_interested", "interview", "declined_by_employer"];
const EMPLOYER_ONLY: PlacementStage[] = ["employer_interested", "interview"];
/** An agreement becomes active only when all three parties have confirmed it, never by a button. */
const BY_CONFIRMATION: PlacementStage[] = ["active"];

export function isOpen(stage: PlacementStage): boolean {
  return OPEN_STAGES.includes(stage);
}

export function movesFrom(stage: PlacementStage): PlacementStage[] {
  return MOVES[stage];
}

/** The moves this actor may make from this stage, in the order buttons show them. */
export function allowedMoves(stage: PlacementStage, actor: Actor): PlacementStage[] {
  return MOVES[stage].filter((to) => {
    if (BY_CONFIRMATION.includes(to)) return false;
    if (actor === "employer") return EMPLOYER_MOVES.includes(to);
    return !EMPLOYER_ONLY.includes(to);
  });
}

export function canMove(from: PlacementStage, to: PlacementStage, actor: Actor): boolean {
  return allowedMoves(from, actor).includes(to);
}

/** Moves that end the placement: the UI asks for confirmation in words that name it. */
export function isClosingMove(to: PlacementStage): boolean {
  return CLOSED_STAGES.includes(to);
}

export interface MoveInput {
  reason?: string | null;
  outcome?: PlacementOutcome | null;
  interviewAt?: Date | null;
}

/** A refusal says why; the form shows the reason field for these moves only. */
export function needsReason(to: PlacementStage): boolean {
  return to === "declined_by_employer" || to === "declined_by_participant";
}

/** What a move needs besides being allowed: a field name and a message key, or null when complete. */
export function missingForMove(to: PlacementStage, input: MoveInput, now: Date): { field: string; key: string } | null {
  if (needsReason(to) && !input.reason?.trim()) {
    return { field: "reason", key: "placements.errors.reasonRequired" };
  }
  if (to === "completed" && !(input.outcome && OUTCOMES.includes(input.outcome)))
    return { field: "outcome", key: "placements.errors.outcomeRequired" };
  if (to === "interview") {
    if (!input.interviewAt) return { field: "interviewAt", key: "placements.errors.interviewAtRequired" };
    if (input.interviewAt.getTime() < now.getTime())
      return { field: "interviewAt", key: "placements.errors.interviewInPast" };
  }
  return null;
}

/** How many of a slot's positions the given placements take. */
export function positionsTaken(stages: PlacementStage[]): number {
  return stages.filter((s) => POSITION_STAGES.includes(s)).length;
}

/** Whether one more agreement fits, and whether it is the last free position. */
export function positionCheck(taken: number, positions: number): { fits: boolean; fillsSlot: boolean } {
  return { fits: taken < positions, fillsSlot: taken + 1 >= positions };
}

/** The next step on the main line, if the actor may take it without further input. */
export function quickMove(stage: PlacementStage, actor: Actor): PlacementStage | null {
  const next = MAIN_STAGES[MAIN_STAGES.indexOf(stage) + 1];
  if (!next || !canMove(stage, next, actor)) return null;
  // Moves that need a time or an outcome are made on the placement's page, where the field is.
  return next === "interview" || next === "completed" ? null : next;
}

/** Groups rows by stage, main line in order, closed stages last; stages without rows are kept empty. */
export function groupByStage<T extends { stage: PlacementStage }>(
  rows: T[],
  stages: PlacementStage[] = [...MAIN_STAGES, ...CLOSED_STAGES],
) {
  return stages.map((stage) => ({ stage, rows: rows.filter((r) => r.stage === stage) }));
}

// ── The consultant's message to the employer with a proposal ─────────────────────────────

/**
 * Marks a proposal's history note as the consultant's message to the employer. Notes written
 * before the message existed were promised to stay internal, so only a marked note is ever
 * shown to the employer: placement_events.note is one text column, as follow_ups.title is for
 * fair leads (lib/leads/rules.ts).
 */
const EMPLOYER_MESSAGE = "to-employer:";

export function encodeEmployerMessage(text: string | null): string | null {
  return text ? EMPLOYER_MESSAGE + text : null;
}

/** The message in a stored note, or null for any other note (an internal one, or none). */
export function decodeEmployerMessage(note: string | null): string | null {
  return note?.startsWith(EMPLOYER_MESSAGE) ? note.slice(EMPLOYER_MESSAGE.length) : null;
}
