// Backups of both databases. PostgreSQL: pg_dump's custom format, restored with pg_restore.
// Embedded (PGlite): its data folder as a .tar.gz from dumpDataDir(), which PGlite takes
// back with loadDataDir. PGlite does not lock its folder, so the app must be stopped first.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/** backups/lagspill-2026-11-28T09-30-00Z.dump — sortable, no colons (Windows, scp). */
export function backupFileName(kind: "postgres" | "pglite", now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-");
  return `lagspill-${stamp}${kind === "postgres" ? ".dump" : ".tar.gz"}`;
}

export function backupDir(): string {
  return process.env.BACKUP_DIR ?? path.join(process.cwd(), "backups");
}

/**
 * pg_dump and pg_restore take the URL without its password, which goes in PGPASSWORD
 * instead, so it never shows in the process list.
 */
export function connectionFor(url: string): { dbname: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("error", (err) => reject(new Error(`${command} could not start: ${err.message}`)));
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} exited with ${code}: ${stderr.trim().split("\n").slice(-3).join(" ")}`)),
    );
  });
}

const pgDump = () => process.env.PG_DUMP ?? "pg_dump";
const pgRestore = () => process.env.PG_RESTORE ?? "pg_restore";

export async function backupPostgres(url: string, dir: string, now = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupFileName("postgres", now));
  const { dbname, env } = connectionFor(url);
  await run(
    pgDump(),
    ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${dbname}`],
    env,
  );
  return file;
}

/** Replaces everything in the database with the backup, in one transaction: all or nothing. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no such backup file: ${file}`);
  const { dbname, env } = connectionFor(url);
  await run(
    pgRestore(),
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
}

export async function backupPglite(dataDir: string, dir: string, now = new Date()): Promise<string> {
  if (!existsSync(dataDir)) throw new Error(`no embedded database in ${dataDir}`);
  const { PGlite } = await import("@electric-sql/pglite");
  const client = new PGlite(dataDir);
  try {
    // dumpDataDir does not wait for the database to start; without this it never settles.
    await client.waitReady;
    const dump = await client.dumpDataDir("gzip");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, backupFileName("pglite", now));
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return file;
  } finally {
    await client.close();
  }
}

/**
 * Loads the backup into dataDir. An existing folder is moved aside (never deleted), so a
 * wrong restore can be undone by moving it back. Returns where the old folder went.
 */
export async function restorePglite(file: string, dataDir: string, now = new Date()): Promise<string | null> {
  if (!existsSync(file)) throw new Error(`no such backup file: ${file}`);
  const { PGlite } = await import("@electric-sql/pglite");
  let movedTo: string | null = null;
  if (existsSync(dataDir)) {
    movedTo = `${dataDir.replace(/\/+$/, "")}.before-restore-${backupFileName("pglite", now).replace(/^lagspill-|\.tar\.gz$/g, "")}`;
    renameSync(dataDir, movedTo);
  }
  mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  try {
    await client.query("select 1");
  } finally {
    await client.close();
  }
  return movedTo;
}
