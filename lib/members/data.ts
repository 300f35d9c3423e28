import "server-only";
import { createHash } from "node:crypto";
import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { associationMembers, organizations } from "@/db/schema";
import type { Industry, SizeBand } from "@/db/schema/organizations";
import { isUniqueViolation } from "@/db/errors";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { orgNumberSearch } from "@/lib/employers/rules";
import { mayKeepMemberList } from "./access";
import {
  checkMemberRow,
  markDuplicateOrgNumbers,
  memberPlanSignature,
  parseMemberCsv,
  planMemberRow,
  toMemberReportRow,
  type KnownOrganization,
  type PlannedMemberRow,
} from "./rules";
import type { MemberImportReport, MemberImportResult } from "./schemas";

/** The association the caller works for; anyone else has no member list. */
export function associationOf(ctx: Ctx): { id: string; city: string } {
  if (!mayKeepMemberList(ctx.membership)) throw new NotFoundError("association");
  return { id: ctx.membership.organizationId, city: ctx.membership.city };
}

export interface MemberFilters {
  q?: string;
  industry?: Industry;
  sizeBand?: SizeBand;
  page: number;
  pageSize: number;
}

export interface MemberRow {
  id: string;
  employerId: string;
  name: string;
  orgNumber: string;
  industry: Industry | null;
  sizeBand: SizeBand | null;
  memberSince: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

/** The association's member companies, filtered and paged in the database. */
export async function listMembers(ctx: Ctx, f: MemberFilters): Promise<{ rows: MemberRow[]; total: number }> {
  const association = associationOf(ctx);
  const db = await getDb();
  const where: SQL[] = [eq(associationMembers.associationId, association.id)];
  if (f.q) {
    const digits = orgNumberSearch(f.q);
    const byName = ilike(organizations.name, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(digits ? or(byName, ilike(organizations.orgNumber, `%${digits}%`))! : byName);
  }
  if (f.industry) where.push(eq(organizations.industry, f.industry));
  if (f.sizeBand) where.push(eq(organizations.sizeBand, f.sizeBand));
  const [rows, [{ n }]] = await Promise.all([
    db
      .select({
        id: associationMembers.id,
        employerId: organizations.id,
        name: organizations.name,
        orgNumber: organizations.orgNumber,
        industry: organizations.industry,
        sizeBand: organizations.sizeBand,
        memberSince: associationMembers.memberSince,
        contactName: associationMembers.contactName,
        contactEmail: associationMembers.contactEmail,
      })
      .from(associationMembers)
      .innerJoin(organizations, eq(organizations.id, associationMembers.employerId))
      .where(and(...where))
      .orderBy(asc(organizations.name), asc(organizations.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: count() })
      .from(associationMembers)
      .innerJoin(organizations, eq(organizations.id, associationMembers.employerId))
      .where(and(...where)),
  ]);
  return { rows, total: n };
}

export interface SegmentCount {
  industry: Industry | null;
  sizeBand: SizeBand | null;
  members: number;
  /** Members with an address to send invitations to. */
  withEmail: number;
}

/** Member counts per industry × size band: the segments an invitation campaign can target. */
export async function memberSegments(ctx: Ctx): Promise<SegmentCount[]> {
  const association = associationOf(ctx);
  const db = await getDb();
  return db
    .select({
      industry: organizations.industry,
      sizeBand: organizations.sizeBand,
      members: count(),
      withEmail: sql<number>`count(${associationMembers.contactEmail})::int`,
    })
    .from(associationMembers)
    .innerJoin(organizations, eq(organizations.id, associationMembers.employerId))
    .where(eq(associationMembers.associationId, association.id))
    .groupBy(organizations.industry, organizations.sizeBand)
    .orderBy(organizations.industry, organizations.sizeBand);
}

// ── Import ─────────────────────────────────────────────────────────────────

const CHANGED = "members.errors.changedMeanwhile";

async function loadKnown(tx: Tx, associationId: string, orgNumbers: string[]): Promise<Map<string, KnownOrganization>> {
  const known = new Map<string, KnownOrganization>();
  for (let i = 0; i < orgNumbers.length; i += 1000) {
    const rows = await tx
      .select({
        id: organizations.id,
        orgNumber: organizations.orgNumber,
        kind: organizations.kind,
        city: organizations.city,
        name: organizations.name,
        industry: organizations.industry,
        sizeBand: organizations.sizeBand,
        memberId: associationMembers.id,
        contactName: associationMembers.contactName,
        contactEmail: associationMembers.contactEmail,
        memberSince: associationMembers.memberSince,
      })
      .from(organizations)
      .leftJoin(
        associationMembers,
        and(eq(associationMembers.employerId, organizations.id), eq(associationMembers.associationId, associationId)),
      )
      .where(inArray(organizations.orgNumber, orgNumbers.slice(i, i + 1000)));
    for (const r of rows) {
      known.set(r.orgNumber, {
        id: r.id,
        kind: r.kind,
        city: r.city,
        name: r.name,
        industry: r.industry,
        sizeBand: r.sizeBand,
        member: r.memberId
          ? { id: r.memberId, contactName: r.contactName, contactEmail: r.contactEmail, memberSince: r.memberSince }
          : null,
      });
    }
  }
  return known;
}

async function buildPlan(
  tx: Tx,
  association: { id: string; city: string },
  csv: string,
): Promise<{ report: MemberImportReport; plan: PlannedMemberRow[] }> {
  const file = parseMemberCsv(csv);
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  if (!file.ok)
    return { report: { problem: file.problem, ignoredHeaders: [], rows: [], counts, fingerprint: "" }, plan: [] };
  const checked = markDuplicateOrgNumbers(file.rows.map((r) => checkMemberRow(r, file.headerCount)));
  const numbers = [...new Set(checked.flatMap((r) => (r.values ? [r.values.orgNumber] : [])))];
  const known = await loadKnown(tx, association.id, numbers);
  const plan = checked.map((r) => planMemberRow(r, known, association.city));
  for (const p of plan) counts[p.outcome]++;
  const fingerprint = createHash("sha256")
    .update(`${association.id}\n${memberPlanSignature(plan)}`)
    .digest("hex");
  return {
    report: { ignoredHeaders: file.ignoredHeaders, rows: plan.map(toMemberReportRow), counts, fingerprint },
    plan,
  };
}

/** What importing this member list would do, row by row. Writes nothing. */
export async function previewMemberImport(ctx: Ctx, csv: string): Promise<MemberImportReport> {
  const association = associationOf(ctx);
  return (await buildPlan(await getDb(), association, csv)).report;
}

export type MemberImportOutcome =
  { status: "imported"; result: MemberImportResult } | { status: "changed"; report: MemberImportReport };

/**
 * Imports the rows without errors in one transaction, if the plan is still the one the user
 * previewed; otherwise writes nothing and returns the new preview. Any failure rolls back all.
 */
export async function runMemberImport(ctx: Ctx, csv: string, fingerprint: string): Promise<MemberImportOutcome> {
  const association = associationOf(ctx);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const { report, plan } = await buildPlan(tx, association, csv);
      if (report.problem || report.fingerprint !== fingerprint) return { status: "changed" as const, report };
      // A known employer's profile is its own: the import links it and writes only the
      // association's membership row, whatever the file says about name, industry or size.
      for (const p of plan) {
        if (p.outcome === "create") {
          const v = p.values;
          let employerId = p.employerId;
          if (!employerId) {
            const [org] = await tx
              .insert(organizations)
              .values({
                kind: "employer",
                name: v.name!,
                orgNumber: v.orgNumber,
                city: association.city,
                industry: v.industry,
                sizeBand: v.sizeBand,
              })
              .returning({ id: organizations.id })
              .catch(concurrent);
            employerId = org.id;
          }
          await tx
            .insert(associationMembers)
            .values({
              associationId: association.id,
              employerId,
              contactName: v.contactName,
              contactEmail: v.contactEmail,
              memberSince: v.memberSince,
            })
            .catch(concurrent);
        } else if (p.outcome === "update") {
          await tx
            .update(associationMembers)
            .set(p.memberPatch)
            .where(and(eq(associationMembers.id, p.memberId), eq(associationMembers.associationId, association.id)));
        }
      }
      const { create, update, unchanged, error } = report.counts;
      return { status: "imported" as const, result: { created: create, updated: update, unchanged, skipped: error } };
    });
  } catch (err) {
    if (err instanceof UserError && err.key === CHANGED)
      return { status: "changed", report: await previewMemberImport(ctx, csv) };
    throw err;
  }
}

/** Another import created the same organization or membership in the meantime. */
function concurrent(err: unknown): never {
  if (isUniqueViolation(err)) throw new UserError(CHANGED);
  throw err;
}
