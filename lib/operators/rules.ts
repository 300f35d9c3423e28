// Pure rules for operating an installation: the setup link, the first admin of an organization,
// who may remove an operator. No database, no next/*.
import type { OrganizationKind, Role } from "@/db/schema/organizations";

/** A setup link works for a day: long enough to read the log, short enough not to linger. */
export const SETUP_TOKEN_HOURS = 24;

export function setupTokenExpires(now: Date): Date {
  return new Date(now.getTime() + SETUP_TOKEN_HOURS * 3_600_000);
}

export type SetupTokenState = "valid" | "expired" | "used" | "unknown" | "done";

/**
 * What a setup link is worth: once an operator exists every link is void ("done"), whatever its
 * own state, so a link found in an old log opens nothing.
 */
export function setupTokenState(
  token: { expiresAt: Date; usedAt: Date | null } | undefined,
  operatorExists: boolean,
  now: Date,
): SetupTokenState {
  if (operatorExists) return "done";
  if (!token) return "unknown";
  if (token.usedAt) return "used";
  return token.expiresAt.getTime() > now.getTime() ? "valid" : "expired";
}

/** The kinds an operator creates; employers join through a municipality or an association. */
export const OPERATOR_KINDS = ["municipality", "association", "partner"] as const;
export type OperatorKind = (typeof OPERATOR_KINDS)[number];

export function isOperatorKind(kind: OrganizationKind): kind is OperatorKind {
  return (OPERATOR_KINDS as readonly string[]).includes(kind);
}

/** The first administrator of a new organization: the role that manages its people. */
export function firstAdminRole(kind: OperatorKind): { role: Role; isAdmin: boolean } {
  if (kind === "municipality") return { role: "municipality_admin", isAdmin: false };
  if (kind === "association") return { role: "association_staff", isAdmin: true };
  return { role: "partner", isAdmin: false };
}

export type RemoveOperatorRefusal = "self" | "last" | null;

/** Nobody removes themselves (they would lock themselves out halfway), and the last operator stays. */
export function removeOperatorRefusal(actorId: string, targetId: string, operatorCount: number): RemoveOperatorRefusal {
  if (actorId === targetId) return "self";
  if (operatorCount <= 1) return "last";
  return null;
}
