// Pure rules about people: no database. Who may manage whom is in ./access.ts.

/** Invited: has a membership but has never signed in (Auth.js sets email_verified at the first sign-in). */
export type PersonStatus = "active" | "invited" | "deactivated";

export function personStatus(p: { deactivatedAt: Date | null; emailVerified: Date | null }): PersonStatus {
  if (p.deactivatedAt) return "deactivated";
  return p.emailVerified ? "active" : "invited";
}
