// Auth.js slides a database session's expiry on every visit, so an active session would never
// end. Its sign-in time (sessions.created_at) bounds it: past the absolute lifetime the session
// is deleted and the person signs in again.
import type { Adapter } from "next-auth/adapters";
import type { Db } from "@/db";
import { sessionAndUser } from "./data";

/** The adapter with sessions refused, and deleted, once they are older than the absolute lifetime. */
export function withAbsoluteLifetime(
  adapter: Adapter,
  db: Db,
  absoluteSeconds: number,
  now: () => Date = () => new Date(),
): Adapter {
  return {
    ...adapter,
    // One query per request: the session with its person, or null (and deleted) past the limit.
    getSessionAndUser: (sessionToken) => sessionAndUser(db, sessionToken, absoluteSeconds, now()),
  };
}
