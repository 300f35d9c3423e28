// Who records and who follows up a fair's leads. Pure; lib/leads/data/ loads the event and asks
// this through loadEvent. Leads exist only at career fairs. Which stand is the employer's own is
// the WHERE on the caller's organization in the data functions.
import { atCareerFair } from "@/lib/events/access";

/** An exhibiting employer records its stand's leads and sees only those. */
export const mayRecordLeads = atCareerFair("employer");

/** The organizer sees every stand's leads and marks public candidates' leads as handled. */
export const mayFollowUpLeads = atCareerFair("organizer");

/** Only a public candidate's lead is the organizer's to handle; a participant's goes to their consultant. */
export function organizerHandles(lead: { participantId: string | null }): boolean {
  return lead.participantId === null;
}
