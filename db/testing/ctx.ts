// Builds the session context of a seeded person, for data-function tests.
import type { Db } from "../index";
import { stableId } from "../seed";
import { loadMemberships } from "../../lib/auth/data";
import type { Ctx } from "../../lib/auth/session";

export async function ctxFor(db: Db, email: string, organizationKey?: string): Promise<Ctx> {
  const userId = stableId(`user:${email}`);
  const memberships = await loadMemberships(db, userId);
  const membership = organizationKey
    ? memberships.find((m) => m.organizationId === stableId(`org:${organizationKey}`))
    : memberships[0];
  if (!membership) throw new Error(`no membership for ${email}`);
  return { userId, name: email, email, memberships, membership, isOperator: false };
}
