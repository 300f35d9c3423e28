import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = "pglite" | "postgres";
/** A transaction or the db itself: data functions that write take one, so callers can group writes. */
export type Tx = Pick<Db, "insert" | "select" | "update" | "delete" | "execute">;
export interface DbHandle {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
}

const migrationsFolder = path.join(/* turbopackIgnore: true */ process.cwd(), "db", "migrations");

/** Where the embedded database lives when DATABASE_URL is unset. */
export function pgliteDir(): string {
  return process.env.PGLITE_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "pglite");
}

export function databaseKind(): DbKind {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

/** Opens PGlite in a folder (or "memory://") and applies the migrations. */
export async function openPglite(dir: string): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}

/** Opens a postgres.js pool. Migrations are applied separately (npm run db:migrate). */
export async function openPostgres(url: string, opts: { migrate?: boolean } = {}): Promise<DbHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connect_timeout: 5,
    idle_timeout: 60,
    onnotice: () => {},
  });
  const db = drizzle(client, { schema });
  if (opts.migrate) {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(db, { migrationsFolder });
  }
  return { db: db as unknown as Db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
}

const globalForDb = globalThis as { __lagspillDb?: Promise<DbHandle> };

async function openDefault(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgres(url);
  const handle = await openPglite(pgliteDir());
  // The embedded database fills itself with demo data on first start, in demo mode only: without
  // it an installation starts empty and prints its setup link (lib/operators/startup.ts).
  const { isDemoMode } = await import("../lib/config");
  if (isDemoMode()) {
    const { seedIfEmpty } = await import("./seed");
    await seedIfEmpty(handle.db);
  }
  return handle;
}

/** The one database handle of this process, opened on first use (never at import time). */
export function getDbHandle(): Promise<DbHandle> {
  if (!globalForDb.__lagspillDb) {
    globalForDb.__lagspillDb = openDefault().catch((err) => {
      globalForDb.__lagspillDb = undefined;
      throw err;
    });
  }
  return globalForDb.__lagspillDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests and scripts install their own handle. */
export function setDbHandle(handle: DbHandle | undefined): void {
  globalForDb.__lagspillDb = handle ? Promise.resolve(handle) : undefined;
}

export { schema };
