// npm run jobs:council-reminders — writes this week's reminders of overdue council action items
// to the outbox, e.g. from cron on a server that does not run the app's own scheduler. Safe to
// run daily: each council gets its reminders at most once per ISO week (job_runs).
import { getDbHandle } from "@/db";
import { describeDbError } from "@/db/errors";
import { logLine } from "@/lib/logging/logger";
import { sendCouncilReminders } from "./data/reminders";

try {
  const handle = await getDbHandle();
  try {
    const outcomes = await sendCouncilReminders(new Date());
    const sent = outcomes.reduce((sum, o) => sum + o.sent, 0);
    logLine(
      `Lagspill: ${sent} action item reminder email(s) written to the outbox for ${outcomes.length} council(s).`,
      "stdout",
    );
  } finally {
    await handle.close();
  }
} catch (err) {
  logLine(describeDbError(err));
  process.exit(1);
}
