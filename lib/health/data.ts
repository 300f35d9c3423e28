import { sql } from "drizzle-orm";
import { databaseKind, getDb, type DbKind } from "@/db";
import { logError, newRequestId } from "@/lib/logging/logger";

export type Health = { ok: true; database: DbKind } | { ok: false; database: DbKind };

/** Asks the database one trivial question. The reason for a failure goes to the server log only. */
export async function checkHealth(): Promise<Health> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { ok: true, database: databaseKind() };
  } catch (err) {
    logError("health check: database unreachable", err, { requestId: newRequestId(), database: databaseKind() });
    return { ok: false, database: databaseKind() };
  }
}
