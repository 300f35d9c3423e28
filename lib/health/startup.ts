import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { describeDbError } from "@/db/errors";

/**
 * With DATABASE_URL set, a database that cannot be reached stops the server at once with one
 * clear line. The embedded database is opened lazily on the first request instead.
 */
export async function checkDatabaseAtStart(): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  try {
    const db = await getDb();
    await db.execute(sql`select 1 from organizations limit 1`);
  } catch (err) {
    const e = err as { code?: string };
    // 42P01: relation does not exist — the schema was never migrated.
    const line =
      e?.code === "42P01"
        ? "Lagspill: the database in DATABASE_URL has no tables yet. Run `npm run db:migrate` (and `npm run db:seed` for demo data)."
        : describeDbError(err);
    console.error(line);
    process.exit(1);
  }
}
