// A backup restored elsewhere holds the same rows: embedded database (PGlite) on the
// PGlite run, pg_dump/pg_restore into a fresh database on the PostgreSQL run.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite, openPostgres, type Db } from "./index";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "./backup";
import { seed } from "./seed";

const kind = process.env.TEST_DB_KIND ?? "pglite";
const work = mkdtempSync(path.join(tmpdir(), "lagspill-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Rows per table in the app's schema, plus the applied migrations. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const rows = Array.isArray(tables) ? tables : (tables as unknown as { rows: { name: string }[] }).rows;
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const result = await db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from "${name}"`));
    const [first] = Array.isArray(result) ? result : (result as unknown as { rows: { n: number }[] }).rows;
    counts[name] = Number(first.n);
  }
  const migrations = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  counts["drizzle.__drizzle_migrations"] = Number(
    (Array.isArray(migrations) ? migrations : (migrations as unknown as { rows: { n: number }[] }).rows)[0].n,
  );
  return counts;
}

describe.skipIf(kind !== "pglite")("embedded database backup", () => {
  it(
    "restores a seeded database into another folder with the same rows, keeping the old folder aside",
    { timeout: 120_000 },
    async () => {
      const source = await openPglite(path.join(work, "source"));
      await seed(source.db);
      const before = await rowCounts(source.db);
      await source.close();
      expect(before.users).toBeGreaterThan(0);
      expect(before.participants).toBeGreaterThan(0);

      const file = await backupPglite(path.join(work, "source"), path.join(work, "backups"));
      expect(file).toMatch(/lagspill-.*\.tar\.gz$/);
      expect(statSync(file).size).toBeGreaterThan(0);

      // The target already holds an (empty) database: it is moved aside, not overwritten.
      const target = path.join(work, "target");
      await (await openPglite(target)).close();
      const movedTo = await restorePglite(file, target);
      expect(movedTo).toContain("target.before-restore-");
      expect(statSync(movedTo!).isDirectory()).toBe(true);

      const restored = await openPglite(target);
      expect(await rowCounts(restored.db)).toEqual(before);
      await restored.close();
    },
  );
});

describe.skipIf(kind !== "postgres")("PostgreSQL backup", () => {
  it("restores a dump of a seeded database into a fresh database with the same rows", async () => {
    const base = process.env.TEST_DATABASE_URL!;
    const { default: postgres } = await import("postgres");
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    const names = [0, 1].map(() => `lagspill_test_${randomBytes(6).toString("hex")}`);
    const urlOf = (name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();
    try {
      for (const name of names) await admin.unsafe(`create database ${name}`);
      const source = await openPostgres(urlOf(names[0]), { migrate: true });
      await seed(source.db);
      const before = await rowCounts(source.db);
      await source.close();
      expect(before.users).toBeGreaterThan(0);

      const file = await backupPostgres(urlOf(names[0]), path.join(work, "pg"));
      expect(file).toMatch(/lagspill-.*\.dump$/);
      await restorePostgres(urlOf(names[1]), file);

      const restored = await openPostgres(urlOf(names[1]));
      expect(await rowCounts(restored.db)).toEqual(before);
      await restored.close();
    } finally {
      for (const name of names) await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
