import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { describeDbError } from "@/db/errors";
import { appBaseUrl, authSecret } from "@/lib/config";
import { logLine } from "@/lib/logging/logger";

/**
 * Stops the server at once with one clear line when AUTH_SECRET or APP_URL is missing in
 * production (or APP_URL is not a plain web address), or DATABASE_URL points at a database
 * that cannot be reached or has no tables. The embedded database is opened lazily on the
 * first request instead.
 */
export async function checkConfigAtStart(): Promise<void> {
  try {
    authSecret();
    appBaseUrl();
  } catch (err) {
    logLine((err as Error).message);
    process.exit(1);
  }
  if (!process.env.DATABASE_URL) return;
  try {
    const db = await getDb();
    await db.execute(sql`select 1 from organizations limit 1`);
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    // 42P01: relation does not exist — the schema was never migrated.
    const line =
      (e?.code ?? e?.cause?.code) === "42P01"
        ? "Lagspill: the database in DATABASE_URL has no tables yet. Run `npm run db:migrate` (and `npm run db:seed` for demo data)."
        : describeDbError(err);
    logLine(line);
    process.exit(1);
  }
}
