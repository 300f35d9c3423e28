import "server-only";
import { and, asc, eq, inArray, isNull, lt } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { municipalitySettings, organizations, participants } from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import { applyPrivacyRule } from "@/lib/privacy/data/erase";
import { osloDate } from "@/lib/time/oslo";
import { DEFAULT_RETENTION_MONTHS, isPastRetention, RETENTION_STATUSES } from "../rules";

export interface RetentionResult {
  municipalityId: string;
  municipalityName: string;
  retentionMonths: number;
  count: number;
}

// Keeps each statement's parameter list well under PostgreSQL's limit of 65,535.
const CHUNK = 1_000;

/**
 * Anonymizes every participant past their municipality's retention, one transaction per
 * municipality so one municipality's failure leaves the others done. Idempotent: an
 * anonymized participant is never touched again. Throws after trying all municipalities
 * if any failed.
 */
export async function anonymizeExpired(now: Date): Promise<RetentionResult[]> {
  const db = await getDb();
  const municipalities = await db
    .select({ id: organizations.id, name: organizations.name, retentionMonths: municipalitySettings.retentionMonths })
    .from(organizations)
    .leftJoin(municipalitySettings, eq(municipalitySettings.municipalityId, organizations.id))
    .where(eq(organizations.kind, "municipality"))
    .orderBy(asc(organizations.name));

  const results: RetentionResult[] = [];
  const failures: { municipalityId: string; error: unknown }[] = [];
  for (const m of municipalities) {
    const retentionMonths = m.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
    try {
      const count = await db.transaction((tx) => anonymizeMunicipality(tx, m.id, retentionMonths, now));
      results.push({ municipalityId: m.id, municipalityName: m.name, retentionMonths, count });
    } catch (error) {
      failures.push({ municipalityId: m.id, error });
    }
  }
  if (failures.length > 0) {
    throw new Error(
      `retention failed for ${failures.length} municipalities (${failures.map((f) => f.municipalityId).join(", ")})`,
      {
        cause: failures[0].error,
      },
    );
  }
  return results;
}

async function anonymizeMunicipality(
  tx: Tx,
  municipalityId: string,
  retentionMonths: number,
  now: Date,
): Promise<number> {
  // Past retention implies the programme ended before today; the exact month arithmetic
  // (with month-end clamping) is the pure rule's job, so it decides on the candidates.
  const candidates = await tx
    .select({ id: participants.id, programmeEnd: participants.programmeEnd })
    .from(participants)
    .where(
      and(
        eq(participants.municipalityId, municipalityId),
        isNull(participants.anonymizedAt),
        inArray(participants.status, RETENTION_STATUSES),
        lt(participants.programmeEnd, osloDate(now)),
      ),
    );
  const due = candidates.filter((c) => isPastRetention(c.programmeEnd, retentionMonths, now)).map((c) => c.id);
  const system = { userId: null, membership: { organizationId: municipalityId } };
  let count = 0;
  for (let i = 0; i < due.length; i += CHUNK) {
    // Every table's retention rule from the register (lib/privacy/register).
    const { ids } = await applyPrivacyRule(tx, "retention", municipalityId, due.slice(i, i + CHUNK), now);
    for (const participantId of ids) {
      await writeAudit(tx, system, {
        participantId,
        action: "participant.anonymize",
        details: { reasonCode: "retention", retentionMonths },
      });
    }
    count += ids.length;
  }
  return count;
}
