// Pure rules for organizations: no database, no next/*.
import type { OrganizationKind, Role } from "@/db/schema/organizations";

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** The mod-11 check digit of an organisasjonsnummer's first 8 digits, or null when none exists. */
export function orgNumberCheckDigit(first8: string): number | null {
  if (!/^\d{8}$/.test(first8)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first8[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** Strips spaces, so "974 760 673" and "974760673" are the same number. */
export function normalizeOrgNumber(input: string): string {
  return input.replace(/\s+/g, "");
}

export function isValidOrgNumber(input: string): boolean {
  const n = normalizeOrgNumber(input);
  if (!/^\d{9}$/.test(n)) return false;
  return orgNumberCheckDigit(n.slice(0, 8)) === Number(n[8]);
}

/** "974760673" → "974 760 673", the way Brønnøysundregistrene shows it. */
export function formatOrgNumber(n: string): string {
  return n.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3");
}

/** Which kind of organization each role belongs to. */
export const ROLE_ORGANIZATION_KIND: Record<Role, OrganizationKind> = {
  consultant: "municipality",
  job_specialist: "municipality",
  municipality_admin: "municipality",
  employer: "employer",
  association_staff: "association",
  partner: "partner",
};

export function roleFitsOrganization(role: Role, kind: OrganizationKind): boolean {
  return ROLE_ORGANIZATION_KIND[role] === kind;
}
