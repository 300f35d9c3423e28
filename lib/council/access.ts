// What a member organization's people may do in the council workspace. Pure; lib/council/data/
// loads the facts. Everyone in a member organization reads; the secretariat writes meetings and
// minutes; chair and secretariat manage goals; each member updates its own items and commitments.
export type CouncilRole = "secretariat" | "chair" | "member";

export interface CouncilFacts {
  chairId: string;
  secretariatId: string;
  memberIds: readonly string[];
}

export function councilRole(council: CouncilFacts, organizationId: string): CouncilRole | null {
  if (organizationId === council.secretariatId) return "secretariat";
  if (organizationId === council.chairId) return "chair";
  return council.memberIds.includes(organizationId) ? "member" : null;
}

/** Meetings, agenda, invitations, minutes, decisions, attendance, action items. */
export function mayRunMeetings(role: CouncilRole | null): boolean {
  return role === "secretariat";
}

/** Create and edit goals (the council agrees on them; chair and secretariat write them down). */
export function mayManageGoals(role: CouncilRole | null): boolean {
  return role === "secretariat" || role === "chair";
}

/** A member updates what belongs to its own organization: action items it owns, its commitments, reported figures. */
export function mayUpdateOwn(role: CouncilRole | null, ownerOrgId: string, organizationId: string): boolean {
  return role !== null && (ownerOrgId === organizationId || role === "secretariat");
}
