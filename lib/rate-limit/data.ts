import "server-only";
import { lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { rateLimits } from "@/db/schema";
import { RATE_LIMIT_KEEP_HOURS, secondsUntilReset, windowStart, type Limit } from "./rules";

export interface HitResult {
  allowed: boolean;
  /** Seconds until the window resets; meaningful when not allowed. */
  retryAfterSeconds: number;
}

const KEEP_MS = RATE_LIMIT_KEEP_HOURS * 60 * 60_000;

/**
 * Counts one request against `key` and says whether it is within the limit. One atomic
 * upsert, so parallel requests on several app servers never both get the last slot.
 */
export async function hit(key: string, { limit, windowMs }: Limit, now = new Date()): Promise<HitResult> {
  const db = await getDb();
  const start = windowStart(now, windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits}.${sql.identifier("count")} + 1` },
    })
    .returning({ count: rateLimits.count });
  // The first request of a window clears out old windows, so the table stays small without a job.
  if (row.count === 1) await purgeRateLimits(new Date(now.getTime() - KEEP_MS));
  return { allowed: row.count <= limit, retryAfterSeconds: secondsUntilReset(now, windowMs) };
}

/**
 * Several limits on one request, counted in turn: the first that refuses stops the rest, so
 * a flood one narrow limit (one address) already refuses does not use up a wide, shared one
 * (a whole fair). Allowed only when every limit allows.
 */
export async function hitInTurn(
  checks: ReadonlyArray<[key: string, limit: Limit]>,
  now = new Date(),
): Promise<HitResult> {
  for (const [key, limit] of checks) {
    const result = await hit(key, limit, now);
    if (!result.allowed) return result;
  }
  return { allowed: true, retryAfterSeconds: 0 };
}

/** Deletes windows that started before `before`. */
export async function purgeRateLimits(before: Date): Promise<number> {
  const db = await getDb();
  const gone = await db.delete(rateLimits).where(lt(rateLimits.windowStart, before)).returning({ key: rateLimits.key });
  return gone.length;
}
