import "server-only";
import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { events, fairCandidates, fairLeads } from "@/db/schema";
import { emptyIdentifiers } from "@/lib/privacy/identifiers";
import { eraseMentions } from "@/lib/privacy/data/erase";
import { isPastFairRetention, keepsPublicRegistration } from "../rules";

// Keeps each statement's parameter list well under PostgreSQL's limit of 65,535.
const CHUNK = 1_000;

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

/**
 * Deletes public candidates' registrations (participant_id null) of fairs that ended more than
 * `months` months ago, in one transaction; wishes, interviews, leads and manage links go with
 * them (foreign key cascade). A registration one of whose leads a placement or a follow-up
 * refers to is kept (keepsPublicRegistration). Messages addressed to or naming a deleted
 * candidate are emptied like an erased participant's (eraseMentions), unless the same address
 * still has a registration that stays (a later fair): those messages are that registration's
 * too. A participant's registration is never deleted here; it follows the participant's own
 * retention. Returns how many registrations it deleted.
 */
export async function deletePublicCandidates(now: Date, months: number): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ended = await tx
      .select({
        id: fairCandidates.id,
        name: fairCandidates.name,
        email: fairCandidates.email,
        phone: fairCandidates.phone,
        endsAt: events.endsAt,
      })
      .from(fairCandidates)
      .innerJoin(events, eq(events.id, fairCandidates.eventId))
      .where(and(isNull(fairCandidates.participantId), lt(events.endsAt, now)))
      .for("update", { of: fairCandidates });
    const past = ended.filter((c) => isPastFairRetention(c.endsAt, months, now));
    const leads = await leadsOf(
      tx,
      past.map((c) => c.id),
    );
    const due = past.filter((c) => !keepsPublicRegistration(leads.get(c.id) ?? []));
    if (due.length === 0) return 0;
    const dueIds = due.map((c) => c.id);

    const stillRegistered = await addressesKept(tx, due, dueIds);
    const identifiers = emptyIdentifiers();
    for (const c of due) {
      if (c.email && stillRegistered.has(c.email.toLowerCase())) continue;
      identifiers.names.push(c.name);
      if (c.email) identifiers.emails.push(c.email);
      if (c.phone) identifiers.phones.push(c.phone);
    }
    // The outbox is searched before the rows go, in the same transaction.
    await eraseMentions(tx, identifiers, now);
    for (const ids of chunks(dueIds)) await tx.delete(fairCandidates).where(inArray(fairCandidates.id, ids));
    return due.length;
  });
}

async function leadsOf(tx: Tx, candidateIds: string[]) {
  const out = new Map<string, { placementId: string | null; followUpId: string | null }[]>();
  for (const ids of chunks(candidateIds)) {
    const rows = await tx
      .select({
        candidateId: fairLeads.candidateId,
        placementId: fairLeads.placementId,
        followUpId: fairLeads.followUpId,
      })
      .from(fairLeads)
      .where(inArray(fairLeads.candidateId, ids));
    for (const r of rows) out.set(r.candidateId, [...(out.get(r.candidateId) ?? []), r]);
  }
  return out;
}

/** The addresses among `due` that another registration, one that stays, still uses (lower-cased). */
async function addressesKept(tx: Tx, due: { email: string | null }[], dueIds: string[]): Promise<Set<string>> {
  const emails = [...new Set(due.map((c) => c.email?.toLowerCase()).filter((e): e is string => Boolean(e)))];
  const going = new Set(dueIds);
  const kept = new Set<string>();
  for (const batch of chunks(emails)) {
    const rows = await tx
      .select({ id: fairCandidates.id, email: sql<string>`lower(${fairCandidates.email})` })
      .from(fairCandidates)
      .where(inArray(sql`lower(${fairCandidates.email})`, batch));
    for (const r of rows) if (!going.has(r.id)) kept.add(r.email);
  }
  return kept;
}
