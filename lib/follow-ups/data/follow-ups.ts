import "server-only";
import { and, asc, eq, gte, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { contacts, followUps, organizations, participants, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { requireEmployer, type EmployerRef } from "@/lib/employers/data/employers";
import { isUuid } from "@/lib/ids";
import { caseloadScope } from "@/lib/participants/access";
import { requireParticipant } from "@/lib/participants/data";
import { osloDate } from "@/lib/time/oslo";
import { sortDue } from "../rules";
import type { LogContactInput } from "../schemas";

/** Employers in the municipality's city, for the employer choice in forms. */
export async function listEmployers(ctx: Ctx): Promise<EmployerRef[]> {
  const db = await getDb();
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.kind, "employer"), eq(organizations.city, ctx.membership.city)))
    .orderBy(asc(organizations.name));
}

/**
 * Logs a contact in one transaction: the contact, its next action as a follow-up, the
 * follow-up it answers marked done, and the audit entries. Nothing is half-saved.
 */
export async function logContact(
  ctx: Ctx,
  input: LogContactInput,
): Promise<{ contactId: string; followUpId: string | null }> {
  if (input.kind === "participant" && !input.participantId) throw new UserError("followUps.errors.participantRequired");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const participantId = input.participantId;
    if (participantId) await requireParticipant(tx, ctx, participantId);
    if (input.employerId) await requireEmployer(tx, ctx, input.employerId);
    const [contact] = await tx
      .insert(contacts)
      .values({
        municipalityId: ctx.membership.organizationId,
        participantId,
        employerId: input.employerId,
        staffId: ctx.userId,
        kind: input.kind,
        channel: input.channel,
        purpose: input.purpose,
        faceToFace: input.faceToFace,
        contactDate: input.contactDate,
        notes: input.notes,
      })
      .returning({ id: contacts.id });

    let followUpId: string | null = null;
    if (input.nextAction && input.nextDueOn) {
      const [row] = await tx
        .insert(followUps)
        .values({
          municipalityId: ctx.membership.organizationId,
          participantId,
          staffId: ctx.userId,
          source: "next_action",
          title: input.nextAction,
          dueOn: input.nextDueOn,
          fromContactId: contact.id,
        })
        .returning({ id: followUps.id });
      followUpId = row.id;
    }

    let completed = false;
    if (input.followUpId)
      completed = await markDone(tx, ctx, input.followUpId, { participantId, contactId: contact.id });

    if (participantId) {
      const { kind, channel, purpose, faceToFace } = input;
      await writeAudit(tx, ctx, {
        participantId,
        action: "contact.create",
        details: { kind, channel, purpose, faceToFace, nextAction: followUpId !== null },
      });
      if (completed)
        await writeAudit(tx, ctx, {
          participantId,
          action: "followup.complete",
          details: { followUpId: input.followUpId },
        });
    }
    return { contactId: contact.id, followUpId };
  });
}

/**
 * Marks an open follow-up of the caller's municipality done. A follow-up someone already
 * closed stays as it is (false); an unknown id, another municipality's, or (when a
 * participant is given) another participant's is NotFoundError.
 */
async function markDone(
  tx: Tx,
  ctx: Ctx,
  id: string,
  by: { participantId?: string | null; contactId?: string },
): Promise<boolean> {
  if (!isUuid(id)) throw new NotFoundError("follow-up");
  const [row] = await tx
    .select({ participantId: followUps.participantId, doneAt: followUps.doneAt })
    .from(followUps)
    .where(and(eq(followUps.id, id), eq(followUps.municipalityId, ctx.membership.organizationId)))
    .for("update");
  if (!row || (by.participantId !== undefined && row.participantId !== by.participantId))
    throw new NotFoundError("follow-up");
  if (row.doneAt) return false;
  await tx
    .update(followUps)
    .set({ doneAt: new Date(), doneContactId: by.contactId ?? null })
    .where(and(eq(followUps.id, id), eq(followUps.municipalityId, ctx.membership.organizationId)));
  return true;
}

/** Closes a follow-up without a contact (e.g. a cadence step for a job that ended early). */
export async function completeFollowUp(ctx: Ctx, id: string): Promise<{ participantId: string | null }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (!isUuid(id)) throw new NotFoundError("follow-up");
    const [row] = await tx
      .select({ participantId: followUps.participantId })
      .from(followUps)
      .where(and(eq(followUps.id, id), eq(followUps.municipalityId, ctx.membership.organizationId)));
    if (!row) throw new NotFoundError("follow-up");
    // The participant must still be readable by the caller (not anonymized).
    if (row.participantId) await requireParticipant(tx, ctx, row.participantId);
    const done = await markDone(tx, ctx, id, {});
    if (done && row.participantId)
      await writeAudit(tx, ctx, {
        participantId: row.participantId,
        action: "followup.complete",
        details: { followUpId: id },
      });
    return { participantId: row.participantId };
  });
}

/**
 * The participant a contact or job is being logged for, by name only. Opening the form
 * is a read of the record, so it is written to the audit log like any other.
 */
export async function openParticipantForm(
  ctx: Ctx,
  participantId: string,
  purpose: "contact" | "work",
): Promise<{ id: string; name: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const p = await requireParticipant(tx, ctx, participantId);
    await writeAudit(tx, ctx, { participantId: p.id, action: "participant.read", details: { purpose } });
    return { id: p.id, name: `${p.firstName} ${p.lastName}` };
  });
}

/**
 * The follow-up a contact is about to answer: null when it is already done; NotFoundError
 * when it is not an open or closed follow-up of this participant in the caller's municipality.
 */
export async function findFollowUp(
  ctx: Ctx,
  participantId: string,
  id: string,
): Promise<{ id: string; title: string; source: "next_action" | "cadence" | "fair_lead"; dueOn: string } | null> {
  if (!isUuid(id)) throw new NotFoundError("follow-up");
  const db = await getDb();
  const [row] = await db
    .select({
      id: followUps.id,
      title: followUps.title,
      source: followUps.source,
      dueOn: followUps.dueOn,
      doneAt: followUps.doneAt,
    })
    .from(followUps)
    .where(
      and(
        eq(followUps.id, id),
        eq(followUps.participantId, participantId),
        eq(followUps.municipalityId, ctx.membership.organizationId),
      ),
    );
  if (!row) throw new NotFoundError("follow-up");
  if (row.doneAt) return null;
  return { id: row.id, title: row.title, source: row.source, dueOn: row.dueOn };
}

export interface DueFollowUp {
  id: string;
  dueOn: string;
  title: string;
  source: "next_action" | "cadence" | "fair_lead";
  participantId: string | null;
  participantName: string | null;
  staffName: string | null;
}

/** Follow-ups about an anonymized participant are history, not work. */
export const participantVisible = or(isNull(followUps.participantId), isNull(participants.anonymizedAt));

/** Rows per page of the due list: a page someone works through, small enough to load fast. */
export const DUE_PAGE_SIZE = 50;

function openFollowUpsOf(ctx: Ctx, where: (SQL | undefined)[]) {
  return and(
    eq(followUps.municipalityId, ctx.membership.organizationId),
    isNull(followUps.doneAt),
    participantVisible,
    ...where,
  );
}

async function queryFollowUps(
  ctx: Ctx,
  where: (SQL | undefined)[],
  page: { limit: number; offset?: number },
  now: Date,
): Promise<DueFollowUp[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: followUps.id,
      dueOn: followUps.dueOn,
      title: followUps.title,
      source: followUps.source,
      participantId: followUps.participantId,
      participantName: sql<string | null>`${participants.firstName} || ' ' || ${participants.lastName}`,
      staffName: users.name,
    })
    .from(followUps)
    .leftJoin(participants, eq(participants.id, followUps.participantId))
    .leftJoin(users, eq(users.id, followUps.staffId))
    .where(openFollowUpsOf(ctx, where))
    // The due-list order (sortDue) is by due date, so a page of it is a page of this.
    .orderBy(asc(followUps.dueOn), asc(followUps.id))
    .limit(page.limit)
    .offset(page.offset ?? 0);
  return sortDue(rows, osloDate(now));
}

/**
 * Open follow-ups in the due-list order, a page of DUE_PAGE_SIZE at a time. Staff see their own;
 * an admin may ask for the whole municipality. `from` and `until` (both included) limit the due
 * dates listed. A page past the last gives the last.
 */
export async function listDueFollowUps(
  ctx: Ctx,
  opts: { scope: "mine" | "all"; from?: string | null; until?: string | null; page?: number },
  now = new Date(),
): Promise<{ rows: DueFollowUp[]; total: number; page: number; pages: number }> {
  const all = caseloadScope(ctx.membership.role, opts.scope) === "all";
  const where = [
    all ? undefined : eq(followUps.staffId, ctx.userId),
    opts.from ? gte(followUps.dueOn, opts.from) : undefined,
    opts.until ? lte(followUps.dueOn, opts.until) : undefined,
  ];
  const db = await getDb();
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(followUps)
    .leftJoin(participants, eq(participants.id, followUps.participantId))
    .where(openFollowUpsOf(ctx, where));
  const pages = Math.max(1, Math.ceil(total / DUE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(opts.page ?? 1)), pages);
  const rows = await queryFollowUps(ctx, where, { limit: DUE_PAGE_SIZE, offset: (page - 1) * DUE_PAGE_SIZE }, now);
  return { rows, total, page, pages };
}

/** Every open follow-up of one participant, whoever has it: for the participant page. */
export async function listParticipantFollowUps(
  ctx: Ctx,
  participantId: string,
  now = new Date(),
): Promise<DueFollowUp[]> {
  await requireParticipant(await getDb(), ctx, participantId);
  // A participant has at most a few cadences and next steps open at a time.
  return queryFollowUps(ctx, [eq(followUps.participantId, participantId)], { limit: 200 }, now);
}
