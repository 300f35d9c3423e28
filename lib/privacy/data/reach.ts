import "server-only";
// Which rows of a table belong to a set of participants, following the register's reach.
import { eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { fairCandidates } from "@/db/schema";
import { emptyIdentifiers, searchNeedles, type PersonIdentifiers } from "../identifiers";
import { candidateReach } from "../candidate";
import { PARTICIPANT_ENTRIES, participantEntryOf, tableName, type ParticipantEntry } from "../register";

export interface Scope {
  participantIds: string[];
  /** Identifiers collected from the rows the register marks with `identifiers`. */
  identifiers: PersonIdentifiers;
  /**
   * Whether a `mentions` reach also finds rows whose text names the person. Erasure does
   * (a staff digest naming them is emptied too); the export does not, as such a message was
   * someone else's and lists other people.
   */
  byText: boolean;
}

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** A condition selecting the rows of `e` that belong to the scope's participants. */
export function rowsOf(tx: Tx, e: ParticipantEntry, scope: Scope): SQL {
  const reach = e.participant.reach;
  if (reach.kind === "root") return inArray(reach.key, scope.participantIds);
  if (reach.kind === "via") {
    const parent = participantEntryOf(reach.to.table);
    if (!parent) throw new Error(`register: ${tableName(e.table)} reaches a table without participant rules`);
    if (parent.participant.reach.kind === "root") return inArray(reach.column, scope.participantIds);
    return inArray(
      reach.column,
      tx
        .select({ key: reach.to })
        .from(parent.table)
        .where(rowsOf(tx, parent, scope)),
    );
  }
  // Mentions: by address, and for erasure by any identifier anywhere in the text columns.
  // A plain substring search (strpos), so no character in a name acts as a pattern.
  const addresses = [...new Set(scope.identifiers.emails.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  const needles = scope.byText ? searchNeedles(scope.identifiers) : [];
  const byAddress = addresses.length ? sql`lower(${reach.address}) = any(${textArray(addresses)})` : undefined;
  const haystack = sql`lower(concat_ws(' ', ${sql.join(
    reach.text.map((c) => sql`${c}::text`),
    sql`, `,
  )}))`;
  const byText = needles.length
    ? sql`exists (select 1 from unnest(${textArray(needles)}) as needle(v) where strpos(${haystack}, needle.v) > 0)`
    : undefined;
  return or(byAddress, byText) ?? sql`false`;
}

/**
 * The identifiers of the scope's participants, read from every register entry that declares
 * them (the record, and the name and address a fair registration was made with).
 */
export async function collectIdentifiers(tx: Tx, participantIds: string[]): Promise<PersonIdentifiers> {
  const found = emptyIdentifiers();
  const scope: Scope = { participantIds, identifiers: found, byText: false };
  for (const e of PARTICIPANT_ENTRIES) {
    const ids = e.participant.identifiers;
    if (!ids || e.participant.reach.kind === "mentions") continue;
    const columns: Record<string, PgColumn | SQL> = {};
    if (ids.name) columns.name = sql<string>`concat_ws(' ', ${sql.join([...ids.name], sql`, `)})`;
    if (ids.email) columns.email = ids.email;
    if (ids.phone) columns.phone = ids.phone;
    if (ids.caseNumber) columns.caseNumber = ids.caseNumber;
    const rows = (await tx
      .select(columns)
      .from(e.table)
      .where(rowsOf(tx, e, scope))) as Record<string, unknown>[];
    for (const r of rows) {
      if (typeof r.name === "string") found.names.push(r.name);
      if (typeof r.email === "string") found.emails.push(r.email);
      if (typeof r.phone === "string") found.phones.push(r.phone);
      if (typeof r.caseNumber === "string") found.caseNumbers.push(r.caseNumber);
    }
  }
  return found;
}

/**
 * A condition selecting the rows of `e` that belong to one public fair registration: the row
 * itself, rows a foreign key chain leads to it from, and email addressed to `emails`.
 */
export function candidateRowsOf(tx: Tx, e: ParticipantEntry, candidateId: string, emails: string[]): SQL {
  const reach = candidateReach(e);
  if (reach.kind === "self") return eq(fairCandidates.id, candidateId);
  if (reach.kind === "mentions") {
    const identifiers = { ...emptyIdentifiers(), emails };
    return rowsOf(tx, e, { participantIds: [], identifiers, byText: false });
  }
  const own = e.participant.reach;
  if (own.kind !== "via") throw new Error(`register: ${tableName(e.table)} has no foreign key reach`);
  if (reach.parent.table === fairCandidates) return eq(own.column, candidateId);
  return inArray(
    own.column,
    tx
      .select({ key: own.to })
      .from(reach.parent.table)
      .where(candidateRowsOf(tx, reach.parent, candidateId, emails)),
  );
}
