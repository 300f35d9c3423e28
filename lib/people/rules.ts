// Who may manage whom: pure decisions about roles, no database.
import type { OrganizationKind, Role } from "@/db/schema/organizations";

export interface ManagerMembership {
  role: Role;
  isAdmin: boolean;
  organizationKind: OrganizationKind;
}

/**
 * The roles an actor may give within their own organization, or null when they may not
 * manage people at all. Association staff need the admin flag; employers invite only
 * colleagues of the same employer.
 */
export function assignableRoles(m: ManagerMembership): Role[] | null {
  if (m.role === "municipality_admin" && m.organizationKind === "municipality")
    return ["consultant", "job_specialist", "municipality_admin"];
  if (m.role === "association_staff" && m.isAdmin && m.organizationKind === "association") return ["association_staff"];
  if (m.role === "employer" && m.organizationKind === "employer") return ["employer"];
  return null;
}

/** Only association staff carry an admin flag that someone else sets. */
export function usesAdminFlag(m: ManagerMembership): boolean {
  return m.organizationKind === "association";
}

/** Whether a membership counts as an administrator of its organization. */
export function isOrgAdmin(p: { role: Role; isAdmin: boolean }): boolean {
  return p.role === "municipality_admin" || (p.role === "association_staff" && p.isAdmin);
}

/**
 * A change that leaves the organization without an active administrator is refused, so
 * nobody is left unable to manage people. Employers have no administrator role.
 */
export function leavesNoAdmin(
  kind: OrganizationKind,
  activeAdmins: number,
  before: { role: Role; isAdmin: boolean },
  after: { role: Role; isAdmin: boolean },
): boolean {
  if (kind === "employer") return false;
  return isOrgAdmin(before) && !isOrgAdmin(after) && activeAdmins <= 1;
}

export type PersonStatus = "active" | "deactivated";

export function personStatus(p: { deactivatedAt: Date | null }): PersonStatus {
  return p.deactivatedAt ? "deactivated" : "active";
}
