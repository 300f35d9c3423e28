// npm run db:migrate — applies the committed migrations to DATABASE_URL (or the embedded database).
import { openPglite, openPostgres, pgliteDir } from "./index";
import { describeDbError } from "./errors";
import { logLine } from "../lib/logging/logger";

try {
  const url = process.env.DATABASE_URL;
  const handle = url ? await openPostgres(url, { migrate: true }) : await openPglite(pgliteDir());
  logLine(`Migrations applied (${handle.kind}).`, "stdout");
  await handle.close();
} catch (err) {
  logLine(describeDbError(err));
  process.exit(1);
}
