import "server-only";
import { getDb } from "@/db";
import { demoAccounts, demoOperators } from "@/db/seed/data";
import { createDemoToken } from "@/lib/auth/data";
import { newToken } from "@/lib/auth/tokens";
import { authSecret } from "@/lib/config";

/**
 * A one-time sign-in token for a demo account, as an emailed link would carry, or null when the
 * address is not one of the seed's demo accounts or demo operators or the account is gone. The caller checks demo mode.
 */
export async function demoSignInToken(email: string, now: Date): Promise<string | null> {
  if (![...demoAccounts, ...demoOperators].some((a) => a.email === email)) return null;
  const token = newToken();
  const created = await createDemoToken(await getDb(), { email, token, secret: authSecret(), now });
  return created ? token : null;
}
