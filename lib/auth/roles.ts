// Role groups, declared once. Permissions (lib/auth/permissions.ts) say what a role may do;
// these groups say which side of the table a role sits on, for the per-resource rules in each
// domain's access.ts. Pure: no database, no next/*.
import type { Role } from "@/db/schema/organizations";
import { NotFoundError } from "./errors";

/** The integration service's staff: they hold participant records. */
export const MUNICIPALITY_ROLES: readonly Role[] = ["consultant", "job_specialist", "municipality_admin"];

export function isMunicipalityRole(role: Role): boolean {
  return MUNICIPALITY_ROLES.includes(role);
}

/** Municipality staff who carry a caseload of their own; the municipality admin leads the team instead. */
export const CASELOAD_ROLES: readonly Role[] = ["consultant", "job_specialist"];

export function carriesCaseload(role: Role): boolean {
  return CASELOAD_ROLES.includes(role);
}

/** A contact person of an employer: sees only what belongs to the own employer. */
export function isEmployerRole(role: Role): boolean {
  return role === "employer";
}

/** Which side of a placement someone is on: the municipality's staff or the employer. */
export type Actor = "staff" | "employer";

/** The side a role is on, or null for roles on neither (association staff, partners). */
export function sideOf(role: Role): Actor | null {
  if (isMunicipalityRole(role)) return "staff";
  if (isEmployerRole(role)) return "employer";
  return null;
}

/** Staff of a municipality or an employer; every other role has nothing to do with placements (404). */
export function actorOf(ctx: { membership: { role: Role } }): Actor {
  const side = sideOf(ctx.membership.role);
  if (!side) throw new NotFoundError("placement");
  return side;
}
