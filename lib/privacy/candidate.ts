// A public fair candidate's export (the right of access, GDPR art. 15), from the same register as
// a participant's: every entry that holds public candidates' data and says how its rows are found
// (its participant `reach`), read from their registration instead of from a participant — the
// registration itself, the rows one hop from it, and the email sent to its address. Pure.
import { fairCandidates } from "@/db/schema";
import { assembleExport, exportOutline, type OutlineSection } from "./export";
import { PARTICIPANT_ENTRIES, participantEntryOf, tableName, type ParticipantEntry } from "./register";

/**
 * How a candidate's rows of an entry are found: `self` is the registration, `via` a foreign key
 * to a table that is itself reached (wishes → registration, attempts → email), `mentions` by the
 * registration's address.
 */
export type CandidateReach = { kind: "self" } | { kind: "via"; parent: ParticipantEntry } | { kind: "mentions" };

export function candidateReach(e: ParticipantEntry): CandidateReach {
  if (e.table === fairCandidates) return { kind: "self" };
  const reach = e.participant.reach;
  if (reach.kind === "mentions") return { kind: "mentions" };
  const parent = reach.kind === "via" ? participantEntryOf(reach.to.table) : undefined;
  if (!parent || !parent.publicCandidate)
    throw new Error(
      `register: ${tableName(e.table)} holds public candidates' data but is not reached from a registration`,
    );
  return { kind: "via", parent };
}

/** The register's entries for a public candidate's rows, parents before children. */
export const CANDIDATE_ENTRIES: readonly ParticipantEntry[] = PARTICIPANT_ENTRIES.filter(
  (e) => e.publicCandidate !== undefined,
);

/** Sign-in mail carries a key to someone's account: a manage link never opens its body. */
const CREDENTIAL_TEMPLATES: readonly string[] = ["magic_link"];

type Row = Record<string, unknown>;

/** Emptied bodies of mail that is a key to an account; everything else as stored. */
export function withoutCredentials(rows: Row[]): Row[] {
  return rows.map((r) =>
    typeof r.template === "string" && CREDENTIAL_TEMPLATES.includes(r.template)
      ? { ...r, textBody: null, htmlBody: null, attachments: null }
      : r,
  );
}

/** The candidate's sections, keyed as the register's export says (a list per table). */
export function assembleCandidateExport(rowsByTable: Parameters<typeof assembleExport>[0]): Record<string, unknown> {
  return assembleExport(rowsByTable, CANDIDATE_ENTRIES);
}

/** Every section with how many rows it holds, nested ones after their parent. */
export function candidateOutline(data: Record<string, unknown>): OutlineSection[] {
  return exportOutline(data, CANDIDATE_ENTRIES);
}

/** The key a nested section's rows sit under in their parent's rows (an email's `attempts`). */
export function nestedAs(sectionKey: string): string | undefined {
  return CANDIDATE_ENTRIES.find((e) => e.participant.export.key === sectionKey)?.participant.export.nest?.as;
}
