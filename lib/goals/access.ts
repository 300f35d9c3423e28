// Who records what against a council's goals. Pure; lib/goals/data/ loads the council and the
// commitment and asks this. Writing the goals themselves is the council's rule (mayManageGoals in
// lib/council/access.ts).
import { mayUpdateOwn, type CouncilRole } from "@/lib/council/access";

/** Every member organization commits to goals and reports figures, always in its own name. */
export function mayContribute(role: CouncilRole | null): boolean {
  return role !== null;
}

/** A commitment's status is changed by its own organization's people, or by the secretariat. */
export function mayChangeCommitment(
  role: CouncilRole | null,
  commitment: { organizationId: string },
  organizationId: string,
): boolean {
  return mayUpdateOwn(role, commitment.organizationId, organizationId);
}
