import "server-only";
import { demoAccounts, demoOperators, organizations } from "@/db/seed/data";
import { isDemoMode } from "@/lib/config";
import type { Role } from "@/db/schema/organizations";

export interface DemoAccountInfo {
  name: string;
  email: string;
  /** An operator of the installation holds no role in an organization. */
  role: Role | "operator";
  /** Empty for an operator. */
  organization: string;
}

/** The one-click demo accounts, or null when demo mode is off. */
export async function listDemoAccounts(): Promise<DemoAccountInfo[] | null> {
  if (!isDemoMode()) return null;
  return [
    ...demoAccounts.map((p) => ({
      name: p.name,
      email: p.email,
      role: p.role,
      organization: organizations.find((o) => o.key === p.org)?.name ?? "",
    })),
    ...demoOperators.map((o) => ({ ...o, role: "operator" as const, organization: "" })),
  ];
}
