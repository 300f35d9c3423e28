import "server-only";
// Every row the register marks as one participant's, read in the caller's transaction.
import { asc } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { assembleExport } from "../export";
import { PARTICIPANT_ENTRIES } from "../register";
import { collectIdentifiers, rowsOf } from "./reach";

/**
 * The participant's sections, keyed as the register's export says. Emails are those addressed
 * to the person (their record's or their fair registration's address); a message to staff that
 * names them is not theirs to read.
 */
export async function loadParticipantSections(tx: Tx, participantId: string): Promise<Record<string, unknown>> {
  const identifiers = await collectIdentifiers(tx, [participantId]);
  const scope = { participantIds: [participantId], identifiers, byText: false };
  const rows = new Map<PgTable, Record<string, unknown>[]>();
  for (const e of PARTICIPANT_ENTRIES) {
    const { orderBy } = e.participant.export;
    const query = tx
      .select()
      .from(e.table)
      .where(rowsOf(tx, e, scope));
    rows.set(e.table, (await (orderBy ? query.orderBy(asc(orderBy)) : query)) as Record<string, unknown>[]);
  }
  return assembleExport(rows);
}
