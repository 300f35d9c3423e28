// Who may see and do what with one placement, beyond the permission table. Pure, so each rule is
// unit-tested on its own; the data functions in lib/placements/data/ load the facts and ask this.
// Which side a role is on (staff or employer) is decided once, in lib/auth/roles.ts.
import type { Role } from "@/db/schema/organizations";
import type { PlacementStage } from "@/db/schema/pipeline";
import { NotFoundError } from "@/lib/auth/errors";
import { actorOf, type Actor } from "@/lib/auth/roles";
import { employerMaySee } from "@/lib/privacy/visibility";
import { CONTACT_STAGES, decodeEmployerMessage, type Party } from "./rules";

/**
 * The tenant rule for placements: staff see those of their municipality; an employer sees those
 * proposed to it, never a suggestion, which is the consultant's own shortlist.
 */
export interface PlacementScope {
  /** The placement column that must equal the caller's organization. */
  by: "municipalityId" | "employerId";
  organizationId: string;
  hiddenStages: readonly PlacementStage[];
}

export function placementScopeOf(actor: Actor, organizationId: string): PlacementScope {
  return actor === "staff"
    ? { by: "municipalityId", organizationId, hiddenStages: [] }
    : { by: "employerId", organizationId, hiddenStages: ["suggested"] };
}

/**
 * Some uses belong to one side only (proposing is staff's, the proposal inbox the employer's).
 * Anyone else gets a not-found, as for an id of someone else's, so nothing leaks.
 */
export function requireSide(ctx: { membership: { role: Role } }, side: Actor, resource = "placement"): Actor {
  if (actorOf(ctx) !== side) throw new NotFoundError(resource);
  return side;
}

/** The municipality admin sees every participant's placements; staff see their own caseload (one rule, for both). */
export { seesWholeMunicipality } from "@/lib/participants/access";

/**
 * Employers see a placement's moves but not the consultant's notes, and never the suggestion
 * before it. The one note they see is the consultant's message with the proposal (the move to
 * "proposed"), marked `toEmployer` so both sides see it labelled as that message.
 */
export function visibleHistory<T extends { toStage: PlacementStage; note: string | null }>(
  actor: Actor,
  rows: T[],
): (T & { toEmployer: boolean })[] {
  const read = (r: T): T & { toEmployer: boolean } => {
    const message = r.toStage === "proposed" ? decodeEmployerMessage(r.note) : null;
    return message === null ? { ...r, toEmployer: false } : { ...r, note: message, toEmployer: true };
  };
  if (actor === "staff") return rows.map(read);
  return rows
    .filter((r) => r.toStage !== "suggested")
    .map(read)
    .map((r) => (r.toEmployer ? r : { ...r, note: null }));
}

/** The consultant's latest message to the employer with a proposal, as the employer may see it. */
export function employerMessage(rows: { toStage: PlacementStage; note: string | null }[]): string | null {
  return (
    visibleHistory("employer", rows)
      .filter((r) => r.toEmployer)
      .at(-1)?.note ?? null
  );
}

/** A candidate who declined or was withdrawn is "no longer available" to the employer. */
function goneForEmployer(stage: PlacementStage): boolean {
  return stage === "withdrawn" || stage === "declined_by_participant";
}

/**
 * Whether the employer may open the candidate's profile (or the list name them): not gone, and
 * before the agreement is signed, consent to share in force at this view (the employer audience's
 * predicate in lib/privacy/visibility.ts): a withdrawal takes effect at once.
 */
export function employerSeesCandidate(stage: PlacementStage, consentInForce: boolean): boolean {
  return !goneForEmployer(stage) && employerMaySee(stage, consentInForce);
}

/** From the agreement on, the employer may know who the candidate is and how to reach them. */
export function employerSeesContact(stage: PlacementStage): boolean {
  return CONTACT_STAGES.includes(stage);
}

/** Before the agreement stage there is no agreement to see, for anyone. */
export function agreementVisible(stage: PlacementStage): boolean {
  return CONTACT_STAGES.includes(stage);
}

/** Terms are saved and confirmed only while the agreement is being made; after that they are history. */
export function agreementInProgress(stage: PlacementStage): boolean {
  return stage === "agreement";
}

/** Staff write the terms; the employer and the participant confirm them. */
export function mayEditTerms(actor: Actor, stage: PlacementStage): boolean {
  return actor === "staff" && agreementInProgress(stage);
}

/** An employer confirms for its own organization only; staff confirm for the municipality and record the participant's. */
export function mayConfirmAs(actor: Actor, party: Party): boolean {
  return (party === "employer") === (actor === "employer");
}
