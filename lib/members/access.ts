// Who keeps an association's member list. Pure; lib/members/data.ts asks this. Which association
// is always the caller's own (the WHERE on ctx.membership.organizationId).
import type { OrganizationKind, Role } from "@/db/schema/organizations";

/** The staff of an association; anyone else has no member list (404). */
export function mayKeepMemberList(m: { role: Role; organizationKind: OrganizationKind }): boolean {
  return m.role === "association_staff" && m.organizationKind === "association";
}
