// A fresh, migrated database per test file: in-memory PGlite, or a new PostgreSQL
// database created from TEST_DATABASE_URL when TEST_DB_KIND=postgres.
import { randomBytes } from "node:crypto";
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "../schema";
import { logLine } from "../../lib/logging/logger";
import { openPglite, openPostgres, setDbHandle, type DbHandle } from "../index";

export async function openTestDb(): Promise<DbHandle> {
  let handle: DbHandle;
  if (process.env.TEST_DB_KIND === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is required when TEST_DB_KIND=postgres");
    const name = `lagspill_test_${randomBytes(6).toString("hex")}`;
    const { default: postgres } = await import("postgres");
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const inner = await openPostgres(target.toString(), { migrate: true });
    handle = {
      ...inner,
      async close() {
        await inner.close();
        // Autovacuum may be working on the database just then; retry, and never fail a test
        // file over the clean-up of its own scratch database.
        for (let attempt = 1; attempt <= 5; attempt++) {
          try {
            await admin.unsafe(`drop database if exists ${name} with (force)`);
            break;
          } catch (err) {
            if (attempt === 5) logLine(`could not drop test database ${name}: ${(err as Error).message}`);
            else await new Promise((r) => setTimeout(r, 300 * attempt));
          }
        }
        await admin.end();
      },
    };
  } else {
    handle = await openPglite("memory://");
  }
  setDbHandle(handle);
  return handle;
}

/** Every table of the schema, so a table added later is emptied too without editing a list. */
const TABLES = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table).name);

/** Empties every table between tests, keeping the schema. */
export async function resetDb(handle: DbHandle): Promise<void> {
  await handle.db.execute(sql.raw(`truncate table ${TABLES.map((t) => `"${t}"`).join(", ")} restart identity cascade`));
}
