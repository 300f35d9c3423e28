// The one table of who may do what. Pages, actions and route handlers ask `can()`;
// nothing else decides access. Tenant scoping (which organization) comes from the session.
import { roleEnum, type Role } from "@/db/schema/organizations";

export const ROLES: readonly Role[] = roleEnum.enumValues;

const ALL = ROLES;
const MUNICIPALITY: Role[] = ["consultant", "job_specialist", "municipality_admin"];

export const PERMISSIONS = {
  /** The role's home page with its figures. */
  "home.view": ALL,
  /** Own organization's details and people. */
  "organization.read": ALL,
  /** Delivery status of email sent to the organization's people. */
  "email.status.read": ["municipality_admin", "association_staff"],
  /** Figures about the municipality's staff and the employers around it. */
  "municipality.overview": MUNICIPALITY,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
