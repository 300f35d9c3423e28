// Whose participants a member of the municipality's staff works with. Pure; the pages and
// lib/participants, lib/participant-record, lib/participant-import and lib/follow-ups ask it.
// Which municipality is always the caller's own (the WHERE in requireParticipant).
import type { Role } from "@/db/schema/organizations";
import { can } from "@/lib/auth/permissions";
import { carriesCaseload } from "@/lib/auth/roles";

export type CaseloadScope = "mine" | "all";

/** The municipality admin sees the whole municipality and moves participants between staff. */
export function seesWholeMunicipality(role: Role): boolean {
  return can(role, "participants.manage");
}

/**
 * The caseload shown (home figures, the due list): the admin's choice, the whole municipality
 * unless they ask for their own; everyone else their own caseload.
 */
export function caseloadScope(role: Role, requested?: CaseloadScope): CaseloadScope {
  return seesWholeMunicipality(role) ? (requested ?? "all") : "mine";
}

/**
 * The participant list's "assigned" filter: "mine", "all", or one of the staff the admin can
 * choose from; anything else falls back to the role's default caseload.
 */
export function assignedFilter(role: Role, requested: string | undefined, staffIds: readonly string[]): string {
  if (requested && (requested === "mine" || requested === "all" || staffIds.includes(requested))) return requested;
  return caseloadScope(role);
}

/** A participant registered or imported without an assignee goes to whoever registered them, if they carry a caseload. */
export function defaultAssignee(viewer: { role: Role; userId: string }): string | null {
  return carriesCaseload(viewer.role) ? viewer.userId : null;
}
