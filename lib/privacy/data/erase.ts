import "server-only";
// Erasure and retention, driven by the register: every table with participant rules gets its
// rule, in the caller's transaction. No other code lists the tables.
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { participants } from "@/db/schema";
import { emptyIdentifiers, type PersonIdentifiers } from "../identifiers";
import { columnKey, depthOf, PARTICIPANT_ENTRIES, type Effect, type ParticipantEntry } from "../register";
import { collectIdentifiers, rowsOf } from "./reach";

export type PrivacyRule = "erasure" | "retention";

/** The TypeScript key of a column in its table, for update().set(). */
function effectOf(e: ParticipantEntry, rule: PrivacyRule): Effect<PgTable> {
  const { erasure, retention } = e.participant;
  return rule === "retention" && retention !== "as_erasure" ? retention : erasure;
}

async function apply(tx: Tx, e: ParticipantEntry, effect: Effect<PgTable>, where: SQL, now: Date): Promise<void> {
  if (effect.do === "keep") return;
  if (effect.do === "delete") {
    await tx.delete(e.table).where(where);
    return;
  }
  const values: Record<string, unknown> = { ...effect.set };
  for (const c of effect.stamp ?? []) values[columnKey(e.table, c)] = now;
  for (const c of effect.stampIfEmpty ?? [])
    values[columnKey(e.table, c)] = sql`coalesce(${c}, ${now.toISOString()}::timestamptz)`;
  await tx.update(e.table).set(values).where(where);
}

/**
 * Applies the register's erasure or retention rule to every row of these participants of one
 * municipality, in the caller's transaction. Participants already anonymized (by another server's
 * run, or earlier) are skipped; the others are locked first. Returns the ids done and the
 * identifiers they had, so the caller can keep them out of what it writes next (the audit note).
 *
 * Order: a row is found through its parent (fair_wishes through fair_candidates), and an email
 * through the person's name and address, so the deepest tables go first and the participant
 * record last, and the identifiers are read before anything changes. A retention run over many
 * people searches the outbox for all their identifiers at once; the cost grows with the outbox.
 */
export async function applyPrivacyRule(
  tx: Tx,
  rule: PrivacyRule,
  municipalityId: string,
  ids: string[],
  now: Date,
): Promise<{ ids: string[]; identifiers: PersonIdentifiers }> {
  if (ids.length === 0) return { ids: [], identifiers: emptyIdentifiers() };
  const locked = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.municipalityId, municipalityId),
        inArray(participants.id, ids),
        isNull(participants.anonymizedAt),
      ),
    )
    .for("update");
  const done = locked.map((p) => p.id);
  const identifiers = await collectIdentifiers(tx, done);
  if (done.length === 0) return { ids: done, identifiers };
  const scope = { participantIds: done, identifiers, byText: true };
  const ordered = [...PARTICIPANT_ENTRIES]
    .map((e) => ({ e, depth: e.participant.reach.kind === "root" ? -1 : depthOf(e) }))
    .sort((a, b) => b.depth - a.depth);
  for (const { e } of ordered) await apply(tx, e, effectOf(e, rule), rowsOf(tx, e, scope), now);
  return { ids: done, identifiers };
}

/** The kind of reach at the top of an entry's chain (fair_wishes → fair_candidates → participants: root). */
function topReach(e: ParticipantEntry): "root" | "mentions" {
  const reach = e.participant.reach;
  if (reach.kind !== "via") return reach.kind;
  const parent = PARTICIPANT_ENTRIES.find((p) => p.table === reach.to.table);
  return parent ? topReach(parent) : "root";
}

/**
 * Erasure for someone who has no participant record (a public fair candidate whose registration
 * is deleted): the rows that only a person's identifiers reach — the outbox's messages addressed
 * to or naming them, and the tables reached through those — get the register's erasure rule, in
 * the caller's transaction. As with erasure, a message naming someone else of the same whole name
 * is emptied too; it keeps its delivery status.
 */
export async function eraseMentions(tx: Tx, identifiers: PersonIdentifiers, now: Date): Promise<void> {
  if (Object.values(identifiers).every((values) => values.length === 0)) return;
  const scope = { participantIds: [], identifiers, byText: true };
  const ordered = PARTICIPANT_ENTRIES.filter((e) => topReach(e) === "mentions")
    .map((e) => ({ e, depth: depthOf(e) }))
    .sort((a, b) => b.depth - a.depth);
  for (const { e } of ordered) await apply(tx, e, e.participant.erasure, rowsOf(tx, e, scope), now);
}
