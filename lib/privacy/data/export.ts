import "server-only";
// Every row the register marks as one participant's, read in the caller's transaction.
import { asc, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { fairCandidates } from "@/db/schema";
import { assembleCandidateExport, CANDIDATE_ENTRIES, withoutCredentials } from "../candidate";
import { assembleExport } from "../export";
import { PARTICIPANT_ENTRIES } from "../register";
import { candidateRowsOf, collectIdentifiers, rowsOf } from "./reach";

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

/**
 * A public fair candidate's sections: their registration, the rows that hang on it, and the email
 * sent to its address (the body of a sign-in email left out: lib/privacy/candidate.ts). Null when
 * there is no such registration.
 */
export async function loadCandidateSections(tx: Tx, candidateId: string): Promise<Record<string, unknown> | null> {
  const [c] = await tx
    .select({ email: fairCandidates.email })
    .from(fairCandidates)
    .where(eq(fairCandidates.id, candidateId));
  if (!c) return null;
  const emails = c.email ? [c.email] : [];
  const rows = new Map<PgTable, Record<string, unknown>[]>();
  for (const e of CANDIDATE_ENTRIES) {
    const { orderBy } = e.participant.export;
    const query = tx
      .select()
      .from(e.table)
      .where(candidateRowsOf(tx, e, candidateId, emails));
    const found = (await (orderBy ? query.orderBy(asc(orderBy)) : query)) as Record<string, unknown>[];
    rows.set(e.table, withoutCredentials(found));
  }
  return assembleCandidateExport(rows);
}
