// Who sees and handles a fair's candidates. Pure; lib/fair-candidates/data/ loads the facts and
// asks this (the event rules through loadEvent). Public registration goes by the candidate's own
// token instead and has no rule here.
import type { CandidateStatus, EventKind } from "@/db/schema/events";
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

export interface CandidateFacts {
  status: CandidateStatus;
  shareWithExhibitors: boolean;
  participantId: string | null;
  /** A programme participant's consent to share with exhibitors, in force now (ignored for public candidates). */
  consentInForce: boolean;
}

/**
 * Whom an exhibitor may see: registered candidates who share their profile, and programme
 * participants only while their consent to share with exhibitors is still in force.
 * lib/fair-candidates/data/staff.ts says the same in SQL for the list.
 */
export function visibleToExhibitors(c: CandidateFacts): boolean {
  return c.status === "registered" && c.shareWithExhibitors && (c.participantId === null || c.consentInForce);
}
