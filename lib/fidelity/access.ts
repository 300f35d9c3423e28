// Whose IPS fidelity figures a viewer sees. Pure; lib/fidelity/data.ts and the page ask it.
import type { Role } from "@/db/schema/organizations";

/** The municipality admin leads the team and sees every job specialist's figures. */
export function seesWholeTeam(role: Role): boolean {
  return role === "municipality_admin";
}

/** A job specialist sees their own figures (and the team's total); the admin sees everyone's. */
export function maySeeSpecialist(viewer: { role: Role; userId: string }, staffId: string): boolean {
  return seesWholeTeam(viewer.role) || staffId === viewer.userId;
}
