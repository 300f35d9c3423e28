// npm run db:backup            — a backup of DATABASE_URL (pg_dump) or of the embedded database
// npm run db:restore <file>    — puts a backup back (replaces the data!)
import { pgliteDir } from "./index";
import { logLine } from "../lib/logging/logger";
import { backupDir, backupPglite, backupPostgres, restorePglite, restorePostgres } from "./backup";

const [command, file] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
const target = url ? "PostgreSQL (DATABASE_URL)" : `the embedded database in ${pgliteDir()}`;

try {
  if (command === "backup") {
    if (!url)
      logLine(
        "Lagspill: the app must be stopped while the embedded database is backed up (it does not lock its folder).",
        "stdout",
      );
    const out = url ? await backupPostgres(url, backupDir()) : await backupPglite(pgliteDir(), backupDir());
    logLine(`Lagspill: backup of ${target} written to ${out}`, "stdout");
  } else if (command === "restore") {
    if (!file) throw new Error("name the backup file: npm run db:restore -- backups/lagspill-….dump");
    if (url) {
      await restorePostgres(url, file);
      logLine(`Lagspill: ${file} restored into ${target}.`, "stdout");
    } else {
      const movedTo = await restorePglite(file, pgliteDir());
      logLine(
        `Lagspill: ${file} restored into ${target}.${movedTo ? ` The previous data is kept in ${movedTo}.` : ""}`,
        "stdout",
      );
    }
  } else {
    throw new Error(`unknown command "${command ?? ""}"; use backup or restore`);
  }
} catch (err) {
  logLine(`Lagspill: ${command ?? "backup"} of ${target} failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
