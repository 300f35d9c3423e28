// npm run jobs:retention — anonymizes participants past retention once, e.g. from cron on a
// server that does not run the app's own scheduler. Prints one line per municipality.
import { getDbHandle } from "@/db";
import { describeDbError } from "@/db/errors";
import { logLine } from "@/lib/logging/logger";
import { anonymizeExpired } from "./data";

try {
  const handle = await getDbHandle();
  try {
    for (const r of await anonymizeExpired(new Date())) {
      logLine(
        `${r.municipalityName}: ${r.count} anonymized (retention ${r.retentionMonths} months after programme end)`,
        "stdout",
      );
    }
  } finally {
    await handle.close();
  }
} catch (err) {
  const cause = err instanceof Error && err.cause ? ` (${describeDbError(err.cause)})` : "";
  logLine(
    err instanceof Error && err.message.startsWith("retention failed")
      ? `Lagspill: ${err.message}${cause}`
      : describeDbError(err),
  );
  process.exit(1);
}
