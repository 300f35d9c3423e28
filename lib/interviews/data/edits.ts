import "server-only";
// The organizer's changes to a schedule by hand: remove, move, swap and add interviews. Each one
// queues behind the others (lock) and takes the schedule back to unpublished.
import { and, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { fairInterviews, fairStands } from "@/db/schema";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import type { InterviewSettings } from "../rules";
import { fairPeople, lock, organizerFair, unpublish } from "./schedule";

async function interviewInEvent(tx: Tx, eventId: string, interviewId: string) {
  if (!isUuid(interviewId)) throw new NotFoundError("interview");
  const [row] = await tx
    .select({
      id: fairInterviews.id,
      standId: fairInterviews.standId,
      round: fairInterviews.round,
      tableNo: fairInterviews.tableNo,
      tables: fairStands.tables,
    })
    .from(fairInterviews)
    .innerJoin(fairStands, eq(fairStands.id, fairInterviews.standId))
    .where(and(eq(fairInterviews.id, interviewId), eq(fairInterviews.eventId, eventId)));
  if (!row) throw new NotFoundError("interview");
  return row;
}

function checkPlace(settings: InterviewSettings, tables: number, round: number, tableNo: number): void {
  if (round < 0 || round >= settings.rounds) throw new UserError("interviews.errors.roundRange", "round");
  if (tableNo < 0 || tableNo >= tables) throw new UserError("interviews.errors.tableRange", "tableNo");
}

export async function removeInterview(ctx: Ctx, eventId: string, interviewId: string): Promise<void> {
  await organizerFair(ctx, eventId);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lock(tx, eventId);
    await interviewInEvent(tx, eventId, interviewId);
    await tx.delete(fairInterviews).where(and(eq(fairInterviews.id, interviewId), eq(fairInterviews.eventId, eventId)));
    await unpublish(tx, eventId);
  });
}

/** Moves one interview to another round and table of its stand. Conflicts are allowed here and flagged in the grid. */
export async function moveInterview(
  ctx: Ctx,
  input: { eventId: string; interviewId: string; round: number; tableNo: number },
): Promise<void> {
  const { settings } = await organizerFair(ctx, input.eventId);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lock(tx, input.eventId);
    const row = await interviewInEvent(tx, input.eventId, input.interviewId);
    checkPlace(settings, row.tables, input.round, input.tableNo);
    await tx
      .update(fairInterviews)
      .set({ round: input.round, tableNo: input.tableNo, manual: true })
      .where(eq(fairInterviews.id, row.id));
    await unpublish(tx, input.eventId);
  });
}

/** Swaps the rounds of two interviews (and their tables, at the same stand). */
export async function swapInterviews(
  ctx: Ctx,
  input: { eventId: string; first: string; second: string },
): Promise<void> {
  if (input.first === input.second) throw new UserError("interviews.errors.sameInterview", "second");
  await organizerFair(ctx, input.eventId);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lock(tx, input.eventId);
    const a = await interviewInEvent(tx, input.eventId, input.first);
    const b = await interviewInEvent(tx, input.eventId, input.second);
    const sameStand = a.standId === b.standId;
    await tx
      .update(fairInterviews)
      .set({ round: b.round, tableNo: sameStand ? b.tableNo : a.tableNo, manual: true })
      .where(eq(fairInterviews.id, a.id));
    await tx
      .update(fairInterviews)
      .set({ round: a.round, tableNo: sameStand ? a.tableNo : b.tableNo, manual: true })
      .where(eq(fairInterviews.id, b.id));
    await unpublish(tx, input.eventId);
  });
}

/** Adds an interview by hand: the candidate and the stand must be registered for this fair. */
export async function addInterview(
  ctx: Ctx,
  input: { eventId: string; candidateId: string; standId: string; round: number; tableNo: number },
): Promise<string> {
  const { settings } = await organizerFair(ctx, input.eventId);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lock(tx, input.eventId);
    const people = await fairPeople(tx, input.eventId);
    if (!people.candidates.some((c) => c.id === input.candidateId))
      throw new UserError("interviews.errors.unknownCandidate", "candidateId");
    const stand = people.stands.find((s) => s.id === input.standId);
    if (!stand) throw new UserError("interviews.errors.unknownStand", "standId");
    checkPlace(settings, stand.tables, input.round, input.tableNo);
    const [row] = await tx
      .insert(fairInterviews)
      .values({
        eventId: input.eventId,
        candidateId: input.candidateId,
        standId: input.standId,
        round: input.round,
        tableNo: input.tableNo,
        manual: true,
      })
      .returning({ id: fairInterviews.id });
    await unpublish(tx, input.eventId);
    return row.id;
  });
}
