// Why a participant's data was erased, as the audit log keeps it. Pure: no db, no next/*.
import { redact, type PersonIdentifiers } from "./identifiers";

/** The grounds for erasure on request (GDPR art. 17(1)), plus "other" with a note. */
export const ERASURE_REASONS = [
  "request",
  "consent_withdrawn",
  "objection",
  "no_longer_needed",
  "unlawful",
  "other",
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/**
 * The audit entry's details for an erasure. The audit log is append-only (a database trigger,
 * migration 0002, refuses UPDATE and DELETE), so a reason text written there could never be
 * emptied by a later retention run, and relaxing the trigger would weaken the log for every
 * row. So the log keeps the fact as a code, and the optional note is written with the person's
 * identifiers (names and name parts, addresses, phone numbers, case numbers) already taken out:
 * the same end, with the log untouched. The form asks for no personal details in the note.
 */
export function erasureAuditDetails(
  reason: { code: ErasureReason; note?: string | null },
  ids: PersonIdentifiers,
): Record<string, unknown> {
  const note = reason.note?.trim();
  return { onRequest: true, reasonCode: reason.code, ...(note ? { note: redact(note, ids) } : {}) };
}
