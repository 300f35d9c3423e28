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

/** Which side of a placement someone is on: the municipality's staff or the employer. */
export type Actor = "staff" | "employer";

/** Staff of a municipality or an employer; every other role has nothing to do with placements (404). */
export function actorOf(ctx: { membership: { role: Role } }): Actor {
  const role = ctx.membership.role;
  if (isMunicipalityRole(role)) return "staff";
  if (role === "employer") return "employer";
  throw new NotFoundError("placement");
}
