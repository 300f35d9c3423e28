import "server-only";
import { lt } from "drizzle-orm";
import { getDb } from "@/db";
import { accessTokens } from "@/db/schema";
import { accessTokenCutoff } from "../rules";

/**
 * Deletes the keys of links that expired more than the grace period ago, in one transaction. An
 * expired link already opens nothing (lib/access-tokens refuses it); deleting the row also drops
 * its pointer to the registration or invitation. Returns how many it deleted.
 */
export async function deleteExpiredAccessTokens(now: Date): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .delete(accessTokens)
      .where(lt(accessTokens.expiresAt, accessTokenCutoff(now)))
      .returning({ id: accessTokens.id });
    return rows.length;
  });
}
