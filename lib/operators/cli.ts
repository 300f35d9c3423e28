// npm run operator:invite -- person@example.no [--name "Navn Navnesen"] — makes a person an
// operator of the installation from the server's command line (e.g. when the setup link is lost,
// or a second operator is needed and nobody can sign in). The invitation email goes through the
// outbox like every other email; the running server's delivery loop sends it.
import { getDbHandle } from "@/db";
import { describeDbError } from "@/db/errors";
import { UserError } from "@/lib/auth/errors";
import { emailSchema } from "@/lib/auth/schemas";
import { logLine } from "@/lib/logging/logger";
import { inviteOperatorFromCli } from "./data/setup";

const args = process.argv.slice(2);
const nameAt = args.indexOf("--name");
const name = nameAt >= 0 ? args[nameAt + 1]?.trim() || null : null;
const positional = args.filter((_, i) => nameAt < 0 || (i !== nameAt && i !== nameAt + 1));
const email = emailSchema.safeParse(positional[0] ?? "");

if (!email.success) {
  logLine('Usage: npm run operator:invite -- <email address> [--name "Navn Navnesen"]');
  process.exit(1);
}

try {
  const handle = await getDbHandle();
  try {
    const { created } = await inviteOperatorFromCli({ email: email.data, name }, { locale: "nb" });
    logLine(
      `Lagspill: the address you gave is now an operator${created ? " (a new account)" : ""}. The invitation with a sign-in link (valid 7 days) is queued in the outbox; the server sends it${process.env.RESEND_API_KEY ? "" : " once RESEND_API_KEY is set"}.`,
      "stdout",
    );
  } catch (err) {
    if (err instanceof UserError) {
      logLine(
        err.key === "admin.errors.alreadyOperator"
          ? "Lagspill: the address you gave is already an operator."
          : "Lagspill: the account with that address is deactivated; reactivate it first.",
      );
      process.exitCode = 1;
    } else throw err;
  } finally {
    await handle.close();
  }
} catch (err) {
  logLine(describeDbError(err));
  process.exit(1);
}
