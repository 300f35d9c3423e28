// Which employers a municipality works with. Pure; requireEmployer in lib/employers/data.ts loads
// the organization and asks this, and the slot rule (lib/slots/access.ts) reuses it.
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
