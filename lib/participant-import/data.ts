import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { memberships, participantStatusChanges, participants, users } from "@/db/schema";
import { isUniqueViolation } from "@/db/errors";
import { writeAudit } from "@/lib/audit/data";
import { UserError } from "@/lib/auth/errors";
import { MUNICIPALITY_ROLES } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { defaultAssignee } from "@/lib/participants/access";
import { osloDate } from "@/lib/time/oslo";
import { nameKey, planRow, planSignature, toReportRow, type ExistingParticipant, type PlannedRow } from "./plan";
import { checkRow, markDuplicates, parseCsvFile } from "./rules";
import type { ImportReport, ImportResult } from "./schemas";

const CHUNK = 1000;
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

async function loadLookups(tx: Tx, ctx: Ctx, externalIds: string[], birthYears: number[]) {
  const org = ctx.membership.organizationId;
  const existing = new Map<string, ExistingParticipant>();
  for (const ids of chunks(externalIds)) {
    const rows = await tx
      .select({
        id: participants.id,
        externalId: participants.externalId,
        version: participants.version,
        anonymizedAt: participants.anonymizedAt,
        firstName: participants.firstName,
        lastName: participants.lastName,
        birthYear: participants.birthYear,
        programmeStart: participants.programmeStart,
        programmeEnd: participants.programmeEnd,
        status: participants.status,
        programmeTrack: participants.programmeTrack,
        email: participants.email,
        phone: participants.phone,
        educationLevel: participants.educationLevel,
        educationField: participants.educationField,
        norwegianReading: participants.norwegianReading,
        norwegianWriting: participants.norwegianWriting,
        norwegianSpeaking: participants.norwegianSpeaking,
        norwegianListening: participants.norwegianListening,
        area: participants.area,
        assignedTo: participants.assignedTo,
      })
      .from(participants)
      .where(and(eq(participants.municipalityId, org), inArray(participants.externalId, ids)));
    for (const { id, version, anonymizedAt, ...current } of rows) {
      existing.set(current.externalId!, { id, version, anonymized: anonymizedAt !== null, current });
    }
  }
  const staff = await tx
    .select({ id: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, org), inArray(memberships.role, [...MUNICIPALITY_ROLES])));
  const unnumbered = birthYears.length
    ? await tx
        .select({
          firstName: participants.firstName,
          lastName: participants.lastName,
          birthYear: participants.birthYear,
        })
        .from(participants)
        .where(
          and(
            eq(participants.municipalityId, org),
            isNull(participants.externalId),
            isNull(participants.anonymizedAt),
            inArray(participants.birthYear, birthYears),
          ),
        )
    : [];
  return {
    existing,
    staffByEmail: new Map<string, string>(staff.map((s) => [s.email.toLowerCase(), s.id])),
    unnumbered: new Set(unnumbered.map((u) => nameKey(u.firstName, u.lastName, u.birthYear))),
    defaultAssignee: defaultAssignee({ role: ctx.membership.role, userId: ctx.userId }),
  };
}

async function buildPlan(
  tx: Tx,
  ctx: Ctx,
  csv: string,
  now: Date,
): Promise<{ report: ImportReport; plan: PlannedRow[] }> {
  const file = parseCsvFile(csv);
  const empty = { ignoredHeaders: [], columns: [], rows: [], counts: { create: 0, update: 0, unchanged: 0, error: 0 } };
  if (!file.ok) return { report: { ...empty, problem: file.problem, fingerprint: "" }, plan: [] };
  const year = Number(osloDate(now).slice(0, 4));
  const checked = markDuplicates(file.rows.map((r) => checkRow(r, file.headerCount, year)));
  const valid = checked.flatMap((r) => (r.values ? [r.values] : []));
  const lookups = await loadLookups(
    tx,
    ctx,
    [...new Set(valid.map((v) => v.externalId))],
    [...new Set(valid.map((v) => v.birthYear))],
  );
  const plan = checked.map((r) => planRow(r, lookups));
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const p of plan) counts[p.outcome]++;
  const fingerprint = createHash("sha256")
    .update(`${ctx.membership.organizationId}\n${planSignature(plan)}`)
    .digest("hex");
  return {
    report: {
      ignoredHeaders: file.ignoredHeaders,
      columns: file.columns,
      rows: plan.map(toReportRow),
      counts,
      fingerprint,
    },
    plan,
  };
}

/** What importing this file would do, row by row. Writes nothing. */
export async function previewImport(ctx: Ctx, csv: string, now = new Date()): Promise<ImportReport> {
  const db = await getDb();
  return (await buildPlan(db, ctx, csv, now)).report;
}

export type ImportOutcome = { status: "imported"; result: ImportResult } | { status: "changed"; report: ImportReport };

/**
 * Imports the rows without errors in one transaction, if the plan is still the one the user
 * previewed; otherwise writes nothing and returns the new preview. Every participant created
 * or changed gets an audit entry naming the changed fields (never their values).
 */
export async function runImport(ctx: Ctx, csv: string, fingerprint: string, now = new Date()): Promise<ImportOutcome> {
  try {
    return await importInTransaction(ctx, csv, fingerprint, now);
  } catch (err) {
    // Rolled back because someone saved in between: show what the import would do now.
    if (err instanceof UserError && err.key === CHANGED)
      return { status: "changed", report: await previewImport(ctx, csv, now) };
    throw err;
  }
}

const CHANGED = "participantImport.errors.changedMeanwhile";

async function importInTransaction(ctx: Ctx, csv: string, fingerprint: string, now: Date): Promise<ImportOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { report, plan } = await buildPlan(tx, ctx, csv, now);
    if (report.problem || report.fingerprint !== fingerprint) return { status: "changed", report };
    const org = ctx.membership.organizationId;

    const creates = plan.flatMap((p) => (p.outcome === "create" ? [p] : []));
    for (const batch of chunks(creates)) {
      const inserted = await tx
        .insert(participants)
        .values(
          batch.map(
            (p) =>
              ({
                ...p.record,
                municipalityId: org,
                enrolledAt: p.record.programmeStart!,
              }) as typeof participants.$inferInsert,
          ),
        )
        .returning({ id: participants.id, externalId: participants.externalId, status: participants.status })
        .catch(concurrentImport);
      await tx
        .insert(participantStatusChanges)
        .values(
          inserted.map((r) => ({ participantId: r.id, fromStatus: null, toStatus: r.status, changedBy: ctx.userId })),
        );
      const lineOf = new Map(batch.map((p) => [p.externalId, p.line]));
      for (const r of inserted)
        await writeAudit(tx, ctx, {
          participantId: r.id,
          action: "participant.import",
          details: { mode: "create", line: lineOf.get(r.externalId!) },
        });
    }

    for (const p of plan) {
      if (p.outcome !== "update") continue;
      const updated = await tx
        .update(participants)
        .set({ ...p.patch, version: sql`${participants.version} + 1`, updatedAt: now })
        .where(
          and(
            eq(participants.id, p.participantId),
            eq(participants.municipalityId, org),
            eq(participants.version, p.version),
            isNull(participants.anonymizedAt),
          ),
        )
        .returning({ id: participants.id })
        .catch(concurrentImport);
      // Someone saved this participant after the plan was read: write nothing at all.
      if (updated.length === 0) throw new UserError(CHANGED);
      if (p.patch.status && p.patch.status !== p.fromStatus) {
        await tx.insert(participantStatusChanges).values({
          participantId: p.participantId,
          fromStatus: p.fromStatus,
          toStatus: p.patch.status,
          changedBy: ctx.userId,
        });
      }
      await writeAudit(tx, ctx, {
        participantId: p.participantId,
        action: "participant.import",
        details: { mode: "update", line: p.line, fields: p.changed },
      });
    }

    const { create, update, unchanged, error } = report.counts;
    const result = { created: create, updated: update, unchanged, skipped: error };
    // One entry for the import as a whole, so the municipality can see who imported what, and when.
    await writeAudit(tx, ctx, { participantId: null, action: "participant.import", details: { ...result } });
    return { status: "imported", result };
  });
}

/** Another import created the same case number in the meantime: the unique key refuses it. */
function concurrentImport(err: unknown): never {
  if (isUniqueViolation(err)) throw new UserError(CHANGED);
  throw err;
}
