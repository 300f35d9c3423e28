// What a role is shown about the organizations around it. Pure; the home page asks it.
import type { OrganizationKind, Role } from "@/db/schema/organizations";
import { isEmployerRole } from "@/lib/auth/roles";

const CITY_KINDS: readonly OrganizationKind[] = ["employer", "municipality", "association", "partner"];

/**
 * The kinds of organization in the own city a role's home page counts, in the page's order:
 * the organizations it works with. Employers do not see other employers, association staff do
 * not see associations, only partners see partners, and municipality staff see no municipalities.
 */
export function cityKindsShown(role: Role): OrganizationKind[] {
  return CITY_KINDS.filter((kind) => {
    if (kind === "employer") return !isEmployerRole(role);
    if (kind === "municipality") return isEmployerRole(role) || role === "association_staff" || role === "partner";
    if (kind === "association") return role !== "association_staff";
    return role === "partner";
  });
}
