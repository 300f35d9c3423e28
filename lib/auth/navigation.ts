// The app's areas and who sees them in the menu. Access itself is checked by each page (requireCtx).
import type { Role } from "@/db/schema/organizations";
import { can, type Permission } from "./permissions";

export interface NavItem {
  href: string;
  /** Key in the "nav" messages. */
  label: string;
  permission: Permission;
  /** Association staff manage people only with the admin flag on their membership. */
  adminOnlyFor?: Role;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/home", label: "home", permission: "home.view" },
  { href: "/participants", label: "participants", permission: "participants.read" },
  { href: "/pipeline", label: "pipeline", permission: "placements.manage" },
  { href: "/employers", label: "employers", permission: "employers.read" },
  { href: "/slots", label: "slots", permission: "slots.read" },
  { href: "/proposals", label: "proposals", permission: "proposals.answer" },
  { href: "/events", label: "events", permission: "events.read" },
  { href: "/members", label: "members", permission: "members.manage" },
  { href: "/council", label: "council", permission: "council.read" },
  { href: "/reports", label: "reports", permission: "reports.municipality" },
  { href: "/follow-ups", label: "followUps", permission: "followups.write" },
  { href: "/fidelity", label: "fidelity", permission: "fidelity.view" },
  { href: "/organization", label: "organization", permission: "organization.read" },
  { href: "/people", label: "people", permission: "people.manage", adminOnlyFor: "association_staff" },
  { href: "/email-status", label: "emailStatus", permission: "email.status.read" },
  { href: "/settings", label: "settings", permission: "municipality.settings" },
];

export function navFor(role: Role, isAdmin = false): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission) && (item.adminOnlyFor !== role || isAdmin));
}
