// npm run jobs:digest — writes this week's follow-up digests to the outbox once, e.g. from
// cron on a server that does not run the app's own scheduler. The outbox worker sends them.
import { getDbHandle } from "@/db";
import { describeDbError } from "@/db/errors";
import { sendWeeklyDigests } from "./data/digest";

try {
  const handle = await getDbHandle();
  try {
    const written = await sendWeeklyDigests(new Date());
    console.log(`Lagspill: ${written} follow-up digest email(s) written to the outbox.`);
  } finally {
    await handle.close();
  }
} catch (err) {
  console.error(describeDbError(err));
  process.exit(1);
}
