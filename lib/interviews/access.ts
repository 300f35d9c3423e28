// Who sees which interview schedule. Pure; lib/interviews/data/ loads the event and asks this
// through loadEvent. Interviews exist only at career fairs.
import type { Role } from "@/db/schema/organizations";
import { isEmployerRole } from "@/lib/auth/roles";
import { atCareerFair } from "@/lib/events/access";

/** The organizer runs the scheduler, adjusts and publishes the whole schedule. */
export const mayRunSchedule = atCareerFair("organizer");

/** Employers, municipality staff in the city and co-hosts see their part once it is published. */
export const mayViewSchedule = atCareerFair("employer", "municipality", "cohost");

/**
 * Which part a viewer sees: an employer its own stand's interviews; everyone else (municipality
 * staff, co-hosts) their own municipality's participants, without the candidates' profiles.
 */
export function scheduleViewOf(role: Role): "employer" | "municipality" {
  return isEmployerRole(role) ? "employer" : "municipality";
}
