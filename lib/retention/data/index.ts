import "server-only";
// The retention job: every rule of how long personal data is kept, each part in its own
// transaction so that one part's failure leaves the others done. `npm run jobs:retention` and
// the in-app scheduler (lib/jobs) both run runRetention.
import { emailBodyRetentionDays, fairCandidateRetentionMonths } from "@/lib/config";
import { ACCESS_TOKEN_GRACE_DAYS } from "../rules";
import { deleteExpiredAccessTokens } from "./access-tokens";
import { deletePublicCandidates } from "./fair-candidates";
import { deleteInvitationRecipients } from "./invitations";
import { emptyOldEmailBodies } from "./outbox";
import { anonymizeExpired, type RetentionResult } from "./participants";

export { anonymizeExpired, type RetentionResult } from "./participants";
export { deleteExpiredAccessTokens } from "./access-tokens";
export { deletePublicCandidates } from "./fair-candidates";
export { deleteInvitationRecipients } from "./invitations";
export { emptyOldEmailBodies } from "./outbox";

export interface RetentionSettings {
  emailBodyDays: number;
  fairCandidateMonths: number;
}

/** EMAIL_BODY_RETENTION_DAYS and FAIR_CANDIDATE_RETENTION_MONTHS (lib/config). */
export const retentionSettings = (): RetentionSettings => ({
  emailBodyDays: emailBodyRetentionDays(),
  fairCandidateMonths: fairCandidateRetentionMonths(),
});

/** What one run did, in counts only (the scheduler records it in job_runs). */
export interface RetentionRun {
  participants: RetentionResult[];
  emails: { emptied: number; days: number };
  fairCandidates: { deleted: number; months: number };
  invitationRecipients: { deleted: number };
  accessTokens: { deleted: number; graceDays: number };
}

/**
 * Runs every part of the retention job. Participants first, so that erasure still finds the
 * messages to and about them by their address; expired links last, after the registrations and
 * invitations that take theirs with them. Each part is idempotent. Throws after trying every
 * part if any failed, naming them, with the first failure as the cause.
 */
export async function runRetention(
  now: Date,
  settings: RetentionSettings = retentionSettings(),
): Promise<RetentionRun> {
  const failures: { part: string; error: unknown }[] = [];
  async function part<T>(name: string, fallback: T, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      failures.push({ part: name, error });
      return fallback;
    }
  }
  const participants = await part("participants", [] as RetentionResult[], () => anonymizeExpired(now));
  const emptied = await part("emails", 0, () => emptyOldEmailBodies(now, settings.emailBodyDays));
  const candidates = await part("fair candidates", 0, () => deletePublicCandidates(now, settings.fairCandidateMonths));
  const recipients = await part("invitation recipients", 0, () => deleteInvitationRecipients(now));
  const tokens = await part("access tokens", 0, () => deleteExpiredAccessTokens(now));
  if (failures.length > 0) {
    throw new Error(`retention failed in ${failures.map((f) => f.part).join(", ")}`, { cause: failures[0].error });
  }
  return {
    participants,
    emails: { emptied, days: settings.emailBodyDays },
    fairCandidates: { deleted: candidates, months: settings.fairCandidateMonths },
    invitationRecipients: { deleted: recipients },
    accessTokens: { deleted: tokens, graceDays: ACCESS_TOKEN_GRACE_DAYS },
  };
}
