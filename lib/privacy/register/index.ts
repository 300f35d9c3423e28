// The register of personal data: one entry per table of db/schema, saying whose personal data
// the table holds, which columns are personal or free text, and what erasure, the retention job,
// the export and consent withdrawal do to its rows. Erasure and retention
// (lib/privacy/data/erase.ts) and the participant's export (lib/privacy/data/export.ts) read it;
// nothing else lists tables.
//
// How to add a table: in the same commit as the schema change, add an entry to the area file
// here (caseload, pipeline, fairs, accounts, council). Write its purpose in words a data
// protection officer can use, list its `personal` and `freeText` columns, and give one block per
// kind of person whose data it holds. If a row can belong to a participant (a participant_id, or
// a foreign key to a table that has one), give `participant` rules: `reach` (one hop: the column
// and the key it refers to, whose table must have a reach itself), `erasure` (keep, saying why;
// delete; or anonymize which columns to what), `retention` ("as_erasure" or another effect),
// `export` (a section key with its bokmål and English heading under participants.privacy.sections
// in lib/i18n/messages) and, if a consent changes the rows, `consentWithdrawal`. For the data of
// public candidates, staff and employer contacts, say in words what erasure and retention do until
// code is driven by it; an entry with both `participant` and `publicCandidate` rules is also in a
// public candidate's own export (lib/privacy/candidate.ts), so give it a heading under
// publicFair.myData.sections too. An entry with none of these blocks holds nobody's data. register.test.ts
// fails for a table missing here, for a "nobody's" table with a foreign key to participants,
// fair_candidates or users, and for a reach that does not follow a real foreign key.
import { getTableColumns } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { accountsRegister } from "./accounts";
import { caseloadRegister } from "./caseload";
import { councilRegister } from "./council";
import { fairsRegister } from "./fairs";
import type { ParticipantRules, RegisterEntry } from "./model";
import { pipelineRegister } from "./pipeline";

export * from "./model";
export { ANONYMIZED_PARTICIPANT } from "./caseload";

export const REGISTER: readonly RegisterEntry[] = [
  ...caseloadRegister,
  ...pipelineRegister,
  ...fairsRegister,
  ...accountsRegister,
  ...councilRegister,
];

/** An entry whose rows can belong to a participant. */
export type ParticipantEntry = RegisterEntry & { participant: ParticipantRules<PgTable> };

export const PARTICIPANT_ENTRIES: readonly ParticipantEntry[] = REGISTER.filter(
  (e): e is ParticipantEntry => e.participant !== undefined,
);

export const tableName = (table: PgTable): string => getTableConfig(table).name;

/** The TypeScript key of a column in its table (for update().set() and for rows read back). */
export function columnKey(table: PgTable, column: PgColumn): string {
  const found = Object.entries(getTableColumns(table)).find(([, c]) => c === column);
  if (!found) throw new Error(`register: ${column.name} is not a column of ${tableName(table)}`);
  return found[0];
}

/** The participant entry of a table, or undefined. */
export function participantEntryOf(table: PgTable): ParticipantEntry | undefined {
  return PARTICIPANT_ENTRIES.find((e) => e.table === table);
}

/** How many hops a table is from the participant (0 for participants itself and for mentions). */
export function depthOf(e: ParticipantEntry, seen: PgTable[] = []): number {
  const reach = e.participant.reach;
  if (reach.kind !== "via") return 0;
  const parent = participantEntryOf(reach.to.table);
  if (!parent || seen.includes(e.table)) throw new Error(`register: no path from ${tableName(e.table)}`);
  return 1 + depthOf(parent, [...seen, e.table]);
}
