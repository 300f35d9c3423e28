// npm run jobs:digest — writes this week's follow-up digests to the outbox once, e.g. from
// cron on a server that does not run the app's own scheduler. The outbox worker sends them.
import { getDbHandle } from "@/db";
import { describeDbError } from "@/db/errors";
import { logLine } from "@/lib/logging/logger";
import { sendWeeklyDigests } from "./data/digest";

try {
  const handle = await getDbHandle();
  try {
    const written = await sendWeeklyDigests(new Date());
    logLine(`Lagspill: ${written} follow-up digest email(s) written to the outbox.`, "stdout");
  } finally {
    await handle.close();
  }
} catch (err) {
  logLine(describeDbError(err));
  process.exit(1);
}
