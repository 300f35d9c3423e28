// Auth.js slides a database session's expiry on every visit, so an active session would never
// end. Its sign-in time (sessions.created_at) bounds it: past the absolute lifetime the session
// is deleted and the person signs in again.
import { and, eq, lte } from "drizzle-orm";
import type { Adapter } from "next-auth/adapters";
import type { Db } from "@/db";
import { sessions } from "@/db/schema";

/** Deletes the session if it began `absoluteSeconds` or more before `now`; true when it did. */
export async function endAgedSession(db: Db, sessionToken: string, absoluteSeconds: number, now: Date) {
  const signedInBefore = new Date(now.getTime() - absoluteSeconds * 1000);
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.sessionToken, sessionToken), lte(sessions.createdAt, signedInBefore)))
    .returning({ sessionToken: sessions.sessionToken });
  return deleted.length > 0;
}

/** The adapter with sessions refused, and deleted, once they are older than the absolute lifetime. */
export function withAbsoluteLifetime(
  adapter: Adapter,
  db: Db,
  absoluteSeconds: number,
  now: () => Date = () => new Date(),
): Adapter {
  const getSessionAndUser = adapter.getSessionAndUser;
  if (!getSessionAndUser) throw new Error("The session adapter has no getSessionAndUser");
  return {
    ...adapter,
    async getSessionAndUser(sessionToken) {
      if (await endAgedSession(db, sessionToken, absoluteSeconds, now())) return null;
      return getSessionAndUser(sessionToken);
    },
  };
}
