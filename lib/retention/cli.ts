// npm run jobs:retention — runs the retention job once, e.g. from cron on a server that does not
// run the app's own scheduler. Prints one line per municipality and one per other part, with counts.
import { getDbHandle } from "@/db";
import { describeDbError } from "@/db/errors";
import { logLine } from "@/lib/logging/logger";
import { runRetention } from "./data";

try {
  const handle = await getDbHandle();
  try {
    const run = await runRetention(new Date());
    for (const r of run.participants) {
      logLine(
        `${r.municipalityName}: ${r.count} anonymized (retention ${r.retentionMonths} months after programme end)`,
        "stdout",
      );
    }
    const { emails, fairCandidates, invitationRecipients, accessTokens } = run;
    logLine(`Emails: ${emails.emptied} emptied (bodies kept ${emails.days} days)`, "stdout");
    logLine(
      `Public fair registrations: ${fairCandidates.deleted} deleted (kept ${fairCandidates.months} months after the fair)`,
      "stdout",
    );
    logLine(
      `Invitation recipients: ${invitationRecipients.deleted} deleted (ended events, not in the member list)`,
      "stdout",
    );
    logLine(
      `Access links: ${accessTokens.deleted} deleted (expired more than ${accessTokens.graceDays} days ago)`,
      "stdout",
    );
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
