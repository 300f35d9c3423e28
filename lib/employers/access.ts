// Which employers a municipality works with, and who it may invite as their contact. Pure;
// lib/employers/data/ loads the organization or the invitee and asks this, and the slot rule
// (lib/slots/access.ts) reuses employerInReach.
import type { OrganizationKind } from "@/db/schema/organizations";

export interface EmployerFacts {
  kind: OrganizationKind;
  city: string;
}

/**
 * An employer in the municipality's reach: an organization of kind employer in the municipality's
 * own city. Any other organization answers as if it did not exist.
 */
export function employerInReach(viewer: { city: string }, organization: EmployerFacts): boolean {
  return organization.kind === "employer" && organization.city === viewer.city;
}

/** Why an email cannot be invited as an employer's contact; null when it can. */
export type EmployerInviteRefusal = "self" | "staff";

/**
 * Who may be invited as an employer's contact person. Not the inviter: staff who make themselves
 * an employer could confirm the employer's side of an agreement and read its proposals. Nor anyone
 * who is already staff of a municipality, association or partner, for the same reason; a person
 * who is a contact at another employer may be one here too.
 */
export function mayInviteAsEmployerContact(
  inviter: { userId: string; email: string },
  invitee: { userId: string | null; email: string; organizationKinds: readonly OrganizationKind[] },
): EmployerInviteRefusal | null {
  if (invitee.userId === inviter.userId || invitee.email.toLowerCase() === inviter.email.toLowerCase()) return "self";
  return invitee.organizationKinds.some((kind) => kind !== "employer") ? "staff" : null;
}
