// Who sees ranked matches. Pure; lib/matching/data/ asks before it ranks anything.
import type { Role } from "@/db/schema/organizations";
import type { SlotStatus } from "@/db/schema/pipeline";
import { isMunicipalityRole } from "@/lib/auth/roles";

/** Only municipality staff: a match list ranks the participants they hold records of. */
export function mayMatch(role: Role): boolean {
  return isMunicipalityRole(role);
}

/** Candidates are ranked for an open slot only; any other slot answers as if it did not exist. */
export function mayMatchSlot(role: Role, slot: { status: SlotStatus }): boolean {
  return mayMatch(role) && slot.status === "open";
}
