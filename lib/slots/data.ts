import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { organizations, slots } from "@/db/schema";
import type { OrganizationKind } from "@/db/schema/organizations";
import type { Cefr } from "@/db/schema/participants";
import type { SlotKind, SlotStatus, SupportScheme } from "@/db/schema/pipeline";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { picksEmployer, slotReach } from "./access";
import type { SlotInput } from "./schemas";

/** Which slots the caller may see (lib/slots/access.ts), as a WHERE. */
export function slotScope(ctx: Ctx): SQL {
  const reach = slotReach(ctx.membership);
  if (reach?.kind === "own") return eq(slots.employerId, reach.employerId);
  if (reach?.kind === "city") {
    return sql`${slots.employerId} in (select o.id from organizations o where o.kind = 'employer' and o.city = ${reach.city})`;
  }
  return sql`false`;
}

export interface SlotFilters {
  status?: SlotStatus | "all";
  kind?: SlotKind;
  iscoCode?: string;
  employerId?: string;
  page: number;
  pageSize: number;
}

export interface SlotListRow {
  id: string;
  title: string;
  kind: SlotKind;
  iscoCode: string;
  status: SlotStatus;
  positions: number;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number;
  area: string | null;
  employerId: string;
  employerName: string;
}

/** The slot list, filtered and paged in the database. Newest start first within each status. */
export async function listSlots(ctx: Ctx, f: SlotFilters): Promise<{ rows: SlotListRow[]; total: number }> {
  const db = await getDb();
  const where: SQL[] = [slotScope(ctx)];
  if (f.status && f.status !== "all") where.push(eq(slots.status, f.status));
  if (f.kind) where.push(eq(slots.kind, f.kind));
  if (f.iscoCode) where.push(eq(slots.iscoCode, f.iscoCode));
  if (f.employerId && isUuid(f.employerId)) where.push(eq(slots.employerId, f.employerId));
  const [rows, [{ n }]] = await Promise.all([
    db
      .select({
        id: slots.id,
        title: slots.title,
        kind: slots.kind,
        iscoCode: slots.iscoCode,
        status: slots.status,
        positions: slots.positions,
        startsOn: slots.startsOn,
        endsOn: slots.endsOn,
        hoursPerWeek: slots.hoursPerWeek,
        area: slots.area,
        employerId: slots.employerId,
        employerName: organizations.name,
      })
      .from(slots)
      .innerJoin(organizations, eq(organizations.id, slots.employerId))
      .where(and(...where))
      .orderBy(
        sql`case ${slots.status} when 'open' then 0 when 'draft' then 1 when 'filled' then 2 else 3 end`,
        desc(slots.startsOn),
        asc(slots.title),
      )
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: count() })
      .from(slots)
      .where(and(...where)),
  ]);
  return { rows, total: n };
}

export interface SlotDetail extends SlotListRow {
  description: string;
  norwegianRequired: Cefr | null;
  requiresDrivingLicence: boolean;
  otherRequirements: string | null;
  canLeadToJob: boolean;
  mentorName: string | null;
  supportSchemes: SupportScheme[];
  version: number;
  employerCity: string;
  employerKind: OrganizationKind;
}

/** One slot the caller may see, or NotFoundError: another employer's slot looks like one that does not exist. */
export async function getSlot(ctx: Ctx, id: string, tx?: Tx): Promise<SlotDetail> {
  if (!isUuid(id)) throw new NotFoundError("slot");
  const db = tx ?? (await getDb());
  const [row] = await db
    .select({
      id: slots.id,
      title: slots.title,
      kind: slots.kind,
      iscoCode: slots.iscoCode,
      status: slots.status,
      positions: slots.positions,
      startsOn: slots.startsOn,
      endsOn: slots.endsOn,
      hoursPerWeek: slots.hoursPerWeek,
      area: slots.area,
      employerId: slots.employerId,
      employerName: organizations.name,
      employerCity: organizations.city,
      employerKind: organizations.kind,
      description: slots.description,
      norwegianRequired: slots.norwegianRequired,
      requiresDrivingLicence: slots.requiresDrivingLicence,
      otherRequirements: slots.otherRequirements,
      canLeadToJob: slots.canLeadToJob,
      mentorName: slots.mentorName,
      supportSchemes: slots.supportSchemes,
      version: slots.version,
    })
    .from(slots)
    .innerJoin(organizations, eq(organizations.id, slots.employerId))
    .where(and(eq(slots.id, id), slotScope(ctx)));
  if (!row) throw new NotFoundError("slot");
  return row;
}

/** Employers in the municipality's city, for the staff's "on behalf of" choice and the list filter. */
export async function listCityEmployers(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  if (!picksEmployer(ctx.membership.role)) return [];
  const db = await getDb();
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.kind, "employer"), eq(organizations.city, ctx.membership.city)))
    .orderBy(asc(organizations.name));
}

/** The employer a new slot belongs to: the employer's own organization, or one staff chose in their city. */
async function employerFor(tx: Tx, ctx: Ctx, chosen: string | null): Promise<string> {
  const reach = slotReach(ctx.membership);
  if (reach?.kind === "own") return reach.employerId;
  if (!reach) throw new NotFoundError("slot");
  if (!chosen || !isUuid(chosen)) throw new UserError("slots.errors.employer", "employerId");
  const [row] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, chosen), eq(organizations.kind, "employer"), eq(organizations.city, reach.city)));
  if (!row) throw new UserError("slots.errors.employer", "employerId");
  return row.id;
}

function values(input: SlotInput) {
  const { employerId: _ignored, ...rest } = input;
  return rest;
}

export async function createSlot(ctx: Ctx, input: SlotInput): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const employerId = await employerFor(tx, ctx, input.employerId);
    const [row] = await tx
      .insert(slots)
      .values({ ...values(input), employerId, createdBy: ctx.userId })
      .returning({ id: slots.id });
    return row.id;
  });
}

/**
 * Saves an edit only if nobody saved in between (optimistic version check): the second
 * editor gets a message and keeps what they typed. The employer of a slot never changes.
 */
export async function updateSlot(ctx: Ctx, id: string, version: number, input: SlotInput): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await getSlot(ctx, id, tx);
    const updated = await tx
      .update(slots)
      .set({ ...values(input), version: sql`${slots.version} + 1`, updatedAt: new Date() })
      .where(and(eq(slots.id, id), eq(slots.version, version), slotScope(ctx)))
      .returning({ id: slots.id });
    if (updated.length === 0) throw new UserError("slots.errors.stale");
  });
}

/** Opens, closes, or marks a slot filled or draft; the same version check as an edit. */
export async function setSlotStatus(ctx: Ctx, id: string, version: number, status: SlotStatus): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await getSlot(ctx, id, tx);
    const updated = await tx
      .update(slots)
      .set({ status, version: sql`${slots.version} + 1`, updatedAt: new Date() })
      .where(and(eq(slots.id, id), eq(slots.version, version), slotScope(ctx)))
      .returning({ id: slots.id });
    if (updated.length === 0) throw new UserError("slots.errors.stale");
  });
}
