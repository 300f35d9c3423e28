// Who may invite, change the role of, deactivate and reactivate whom in the own organization.
// Pure; lib/people/data/ and the people pages ask it.
import type { OrganizationKind, Role } from "@/db/schema/organizations";
import { MUNICIPALITY_ROLES } from "@/lib/auth/roles";

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
  if (m.role === "municipality_admin" && m.organizationKind === "municipality") return [...MUNICIPALITY_ROLES];
  if (m.role === "association_staff" && m.isAdmin && m.organizationKind === "association") return ["association_staff"];
  if (m.role === "employer" && m.organizationKind === "employer") return ["employer"];
  return null;
}

/** A person the actor may manage: one whose role the actor may give. */
export function mayManagePerson(m: ManagerMembership, target: { role: Role }): boolean {
  return assignableRoles(m)?.includes(target.role) ?? false;
}

/** Nobody ends their own access: they would lock themselves out halfway through. */
export function mayDeactivate(actorUserId: string, target: { userId: string }): boolean {
  return target.userId !== actorUserId;
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
