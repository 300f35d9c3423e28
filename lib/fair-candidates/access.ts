// Who sees and handles a fair's candidates. Pure; lib/fair-candidates/data/ loads the facts and
// asks this (the event rules through loadEvent). Public registration goes by the candidate's own
// token instead and has no rule here.
import type { EventKind } from "@/db/schema/events";
import type { Role } from "@/db/schema/organizations";
import { atAnyEvent, mayRegisterParticipants, type EventAccess } from "@/lib/events/access";
import { seesWholeMunicipality } from "@/lib/participants/access";

/** The organizer lists every candidate, cancels registrations and deletes public candidates on request. */
export const mayManageCandidates = atAnyEvent("organizer");

/** An exhibiting employer sees consented profiles and marks whom it wants to meet (from its own stand). */
export const mayMeetCandidates = atAnyEvent("employer");

/** Municipality staff register their participants at career fairs they see as co-host or in the city. */
export function mayRegisterOurParticipants(event: { kind: EventKind }, access: EventAccess, role: Role): boolean {
  return event.kind === "career_fair" && mayRegisterParticipants(access, role);
}

/** Consultants and job specialists register their own caseload; the admin anyone in the municipality. */
export function registersWholeMunicipality(role: Role): boolean {
  return seesWholeMunicipality(role);
}

/**
 * Whom an exhibitor may see: the exhibitor audience's predicate (lib/privacy/visibility.ts),
 * which lib/fair-candidates/data/staff.ts uses in SQL for the list.
 */
export { exhibitorMaySee as visibleToExhibitors, type CandidateFacts } from "@/lib/privacy/visibility";
