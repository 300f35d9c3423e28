// npm run privacy:doc — writes the register of personal data into README.md's "Personal data"
// section, between its markers. Run it after changing lib/privacy/register; a unit test fails
// until the README matches.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { logLine } from "@/lib/logging/logger";
import { privacyDocument, withPrivacySection } from "./readme";

const file = path.join(process.cwd(), "README.md");
try {
  const before = readFileSync(file, "utf8");
  const after = withPrivacySection(before, privacyDocument());
  if (after === before) logLine("README.md: the Personal data section is up to date", "stdout");
  else {
    writeFileSync(file, after);
    logLine("README.md: the Personal data section is written from lib/privacy/register", "stdout");
  }
} catch (err) {
  logLine(`Lagspill: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
