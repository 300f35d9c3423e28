import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import {
  participantExperience,
  participantLanguages,
  participantStatusChanges,
  participantWishes,
  participants,
  users,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import { UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { defaultAssignee } from "@/lib/participants/access";
import { assertStaff, requireParticipant } from "@/lib/participants/data";
import { changedFields } from "@/lib/participants/rules";
import type { ParticipantInput } from "@/lib/participants/schemas";

export type ParticipantRecord = Awaited<ReturnType<typeof loadRecord>>;

async function loadRecord(tx: Tx, ctx: Ctx, id: string) {
  await requireParticipant(tx, ctx, id);
  const [record] = await tx
    .select({
      id: participants.id,
      externalId: participants.externalId,
      firstName: participants.firstName,
      lastName: participants.lastName,
      birthYear: participants.birthYear,
      email: participants.email,
      phone: participants.phone,
      countryOfOrigin: participants.countryOfOrigin,
      norwegianReading: participants.norwegianReading,
      norwegianWriting: participants.norwegianWriting,
      norwegianSpeaking: participants.norwegianSpeaking,
      norwegianListening: participants.norwegianListening,
      educationLevel: participants.educationLevel,
      educationField: participants.educationField,
      drivingLicence: participants.drivingLicence,
      hoursPerWeek: participants.hoursPerWeek,
      availableFrom: participants.availableFrom,
      area: participants.area,
      programmeTrack: participants.programmeTrack,
      programmeStart: participants.programmeStart,
      programmeEnd: participants.programmeEnd,
      status: participants.status,
      assignedTo: participants.assignedTo,
      assignedName: users.name,
      enrolledAt: participants.enrolledAt,
      version: participants.version,
    })
    .from(participants)
    .leftJoin(users, eq(users.id, participants.assignedTo))
    .where(eq(participants.id, id));
  const [languages, experience, wishes] = await Promise.all([
    tx
      .select({ language: participantLanguages.language, level: participantLanguages.level })
      .from(participantLanguages)
      .where(eq(participantLanguages.participantId, id))
      .orderBy(asc(participantLanguages.language)),
    tx
      .select({ iscoCode: participantExperience.iscoCode, years: participantExperience.years })
      .from(participantExperience)
      .where(eq(participantExperience.participantId, id))
      .orderBy(asc(participantExperience.iscoCode)),
    tx
      .select({ iscoCode: participantWishes.iscoCode, rank: participantWishes.rank })
      .from(participantWishes)
      .where(eq(participantWishes.participantId, id))
      .orderBy(asc(participantWishes.rank)),
  ]);
  return { ...record, languages, experience, wishes: wishes.map((w) => w.iscoCode) };
}

/** Reads a participant record and writes the read to the audit log, in one transaction. */
export async function readParticipant(
  ctx: Ctx,
  id: string,
  purpose: "view" | "edit" = "view",
): Promise<ParticipantRecord> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const record = await loadRecord(tx, ctx, id);
    await writeAudit(tx, ctx, { participantId: id, action: "participant.read", details: { purpose } });
    return record;
  });
}

async function replaceRows(tx: Tx, id: string, input: ParticipantInput): Promise<void> {
  await tx.delete(participantLanguages).where(eq(participantLanguages.participantId, id));
  await tx.delete(participantExperience).where(eq(participantExperience.participantId, id));
  await tx.delete(participantWishes).where(eq(participantWishes.participantId, id));
  if (input.languages.length)
    await tx.insert(participantLanguages).values(input.languages.map((l) => ({ participantId: id, ...l })));
  if (input.experience.length)
    await tx.insert(participantExperience).values(input.experience.map((e) => ({ participantId: id, ...e })));
  if (input.wishes.length)
    await tx
      .insert(participantWishes)
      .values(input.wishes.map((iscoCode, i) => ({ participantId: id, iscoCode, rank: i + 1 })));
}

export async function createParticipant(ctx: Ctx, input: ParticipantInput): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const assignedTo = input.record.assignedTo ?? defaultAssignee({ role: ctx.membership.role, userId: ctx.userId });
    if (assignedTo) await assertStaff(tx, ctx, assignedTo);
    const [row] = await tx
      .insert(participants)
      .values({
        ...input.record,
        assignedTo,
        municipalityId: ctx.membership.organizationId,
        enrolledAt: input.record.programmeStart,
      })
      .returning({ id: participants.id })
      .catch(uniqueExternalId);
    await replaceRows(tx, row.id, input);
    await tx
      .insert(participantStatusChanges)
      .values({ participantId: row.id, fromStatus: null, toStatus: input.record.status, changedBy: ctx.userId });
    await writeAudit(tx, ctx, { participantId: row.id, action: "participant.create" });
    return row.id;
  });
}

function uniqueExternalId(err: unknown): never {
  if (isUniqueViolation(err)) throw new UserError("participants.errors.externalIdTaken", "externalId");
  throw err;
}

/**
 * Saves an edit only if nobody saved in between (optimistic version check): the second
 * of two concurrent saves is refused with a message, and the form keeps what was typed.
 */
export async function updateParticipant(ctx: Ctx, id: string, version: number, input: ParticipantInput): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await loadRecord(tx, ctx, id);
    if (input.record.assignedTo && input.record.assignedTo !== before.assignedTo)
      await assertStaff(tx, ctx, input.record.assignedTo);
    const updated = await tx
      .update(participants)
      .set({ ...input.record, version: sql`${participants.version} + 1`, updatedAt: new Date() })
      .where(and(eq(participants.id, id), eq(participants.version, version), isNull(participants.anonymizedAt)))
      .returning({ id: participants.id })
      .catch(uniqueExternalId);
    if (updated.length === 0) throw new UserError("participants.errors.staleVersion");
    await replaceRows(tx, id, input);
    if (before.status !== input.record.status) {
      await tx
        .insert(participantStatusChanges)
        .values({ participantId: id, fromStatus: before.status, toStatus: input.record.status, changedBy: ctx.userId });
    }
    const fields = changedFields(
      { ...before, languages: before.languages, experience: before.experience, wishes: before.wishes } as Record<
        string,
        unknown
      >,
      { ...input.record, languages: input.languages, experience: input.experience, wishes: input.wishes },
    );
    await writeAudit(tx, ctx, { participantId: id, action: "participant.update", details: { fields } });
  });
}

/** A municipality admin moves a participant to another staff member. */
export async function reassignParticipant(ctx: Ctx, id: string, assignedTo: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const p = await requireParticipant(tx, ctx, id);
    await assertStaff(tx, ctx, assignedTo);
    await tx
      .update(participants)
      .set({ assignedTo, version: sql`${participants.version} + 1`, updatedAt: new Date() })
      .where(eq(participants.id, p.id));
    await writeAudit(tx, ctx, {
      participantId: id,
      action: "participant.reassign",
      details: { from: p.assignedTo, to: assignedTo },
    });
  });
}

/** The participant's name for the audit page; reading the log is itself logged. */
export async function readParticipantName(ctx: Ctx, id: string): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const p = await requireParticipant(tx, ctx, id);
    await writeAudit(tx, ctx, { participantId: id, action: "audit.read" });
    return `${p.firstName} ${p.lastName}`;
  });
}
