// Pure rules about people: no database. Who may manage whom is in ./access.ts.

export type PersonStatus = "active" | "deactivated";

export function personStatus(p: { deactivatedAt: Date | null }): PersonStatus {
  return p.deactivatedAt ? "deactivated" : "active";
}
