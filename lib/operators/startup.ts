import "server-only";
import { getDb } from "@/db";
import { appBaseUrl, isDemoMode } from "@/lib/config";
import { logError, logSetupLink, newRequestId } from "@/lib/logging/logger";
import { SETUP_TOKEN_HOURS } from "./rules";
import { createSetupToken } from "./data/setup";

/**
 * On a server's start (instrumentation.ts): an installation with no operator, outside demo mode,
 * prints one line with a setup link for its first operator. A failure is logged and the server
 * runs on: the link is printed again at the next start.
 */
export async function announceSetupLink(): Promise<void> {
  if (isDemoMode()) return;
  try {
    const token = await createSetupToken(await getDb());
    if (!token) return;
    logSetupLink(
      `Lagspill has no operator yet. Open ${appBaseUrl()}/setup/${token} within ${SETUP_TOKEN_HOURS} hours to become the first one (or run \`npm run operator:invite -- you@example.no\`).`,
    );
  } catch (err) {
    logError("could not create the setup link", err, { requestId: newRequestId() });
  }
}
