// npm run db:seed — fills the database in DATABASE_URL (or the embedded one) with the demo data.
// npm run db:seed -- --scale national — adds the benchmark's national-scale data set on top.
import { getDbHandle } from "../index";
import { seed } from "./index";
import { describeDbError } from "../errors";
import { logLine } from "../../lib/logging/logger";

const args = process.argv.slice(2);
const scaleAt = args.indexOf("--scale");
const scale = scaleAt >= 0 ? args[scaleAt + 1] : (args.find((a) => a.startsWith("--scale="))?.split("=")[1] ?? "demo");
if (scale !== "demo" && scale !== "national") {
  logLine(`Lagspill: unknown --scale "${scale}"; use "demo" (default) or "national".`);
  process.exit(1);
}

try {
  const handle = await getDbHandle();
  const result = await seed(handle.db);
  logLine(
    `Seeded ${handle.kind}: ${result.organizations} organizations, ${result.users} people, ${result.memberships} memberships.`,
    "stdout",
  );
  if (scale === "national") {
    const { generateNational } = await import("../bench/generate");
    const report = await generateNational(handle.db, (line) => logLine(`  ${line}`, "stdout"));
    logLine(
      report.generated
        ? `National data set: ${report.participants} participants, ${report.contacts} contacts in ${report.seconds} s.`
        : `National data set already there (${report.participants} participants, ${report.contacts} contacts); nothing to do.`,
      "stdout",
    );
  }
  await handle.close();
} catch (err) {
  logLine(describeDbError(err));
  process.exit(1);
}
