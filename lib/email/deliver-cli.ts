// npm run email:deliver — sends due mail once (e.g. from cron on a server without the in-app loop).
import { getDbHandle } from "@/db";
import { describeDbError } from "@/db/errors";
import { logLine } from "@/lib/logging/logger";
import { deliverDue, resendSender } from "./worker";

const key = process.env.RESEND_API_KEY;
if (!key) {
  logLine("Lagspill: RESEND_API_KEY is not set; mail stays in the outbox.");
  process.exit(1);
}
try {
  const handle = await getDbHandle();
  const report = await deliverDue(handle.db, resendSender(key));
  logLine(`Delivered ${report.sent}, failed ${report.failed}.`, "stdout");
  await handle.close();
} catch (err) {
  logLine(describeDbError(err));
  process.exit(1);
}
