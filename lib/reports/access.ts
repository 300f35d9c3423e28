// Who reads the municipality's own reports. Pure; lib/reports/data.ts asks it before any query.
import type { OrganizationKind, Role } from "@/db/schema/organizations";
import { can } from "@/lib/auth/permissions";

/** The municipality admin, acting for a municipality (the reports are about its own participants). */
export function mayReadMunicipalityReports(m: { role: Role; organizationKind: OrganizationKind }): boolean {
  return can(m.role, "reports.municipality") && m.organizationKind === "municipality";
}
