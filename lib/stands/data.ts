import "server-only";
import { and, asc, count, eq, inArray, ne, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import {
  events,
  fairStandSlots,
  fairStands,
  invitationCampaigns,
  invitationRecipients,
  organizations,
  slots,
  users,
} from "@/db/schema";
import type { SlotStatus } from "@/db/schema/pipeline";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { standCapacityFull, standsState } from "@/lib/events/rules";
import { isUuid } from "@/lib/ids";
import { mayKeepOwnStand, mayNumberStands, maySeeStands } from "./access";
import type { StandInput } from "./schemas";

/** The event row locked for the rest of the transaction, so capacity and number checks cannot race. */
async function lockEvent(tx: Tx, eventId: string) {
  const [row] = await tx
    .select({
      status: events.status,
      startsAt: events.startsAt,
      registrationOpensAt: events.registrationOpensAt,
      registrationClosesAt: events.registrationClosesAt,
      standCapacity: events.standCapacity,
    })
    .from(events)
    .where(eq(events.id, eventId))
    .for("update");
  if (!row) throw new NotFoundError("event");
  return row;
}

async function registeredStands(tx: Tx, eventId: string): Promise<number> {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(fairStands)
    .where(and(eq(fairStands.eventId, eventId), eq(fairStands.status, "registered")));
  return n;
}

export interface OwnStand {
  id: string;
  representatives: number;
  occupations: string[];
  tables: number;
  standNumber: string | null;
  status: "registered" | "cancelled";
  slotIds: string[];
}

export interface OwnStandView {
  stand: OwnStand | null;
  /** The employer's open slots, and any slot already on the stand. */
  slots: { id: string; title: string; status: SlotStatus }[];
  state: ReturnType<typeof standsState>;
  /** No room for one more stand (matters only when the employer has none registered). */
  full: boolean;
}

/** The employer's own stand at a fair (or none yet), with what the form needs. */
export async function getOwnStand(ctx: Ctx, eventId: string, now: Date): Promise<OwnStandView> {
  const { event } = await loadEvent(ctx, eventId, mayKeepOwnStand);
  const employerId = ctx.membership.organizationId;
  const db = await getDb();
  const [row] = await db
    .select({
      id: fairStands.id,
      representatives: fairStands.representatives,
      occupations: fairStands.occupations,
      tables: fairStands.tables,
      standNumber: fairStands.standNumber,
      status: fairStands.status,
    })
    .from(fairStands)
    .where(and(eq(fairStands.eventId, eventId), eq(fairStands.employerId, employerId)));
  const linked = row
    ? (
        await db.select({ id: fairStandSlots.slotId }).from(fairStandSlots).where(eq(fairStandSlots.standId, row.id))
      ).map((s) => s.id)
    : [];
  const own = await db
    .select({ id: slots.id, title: slots.title, status: slots.status })
    .from(slots)
    .where(
      and(
        eq(slots.employerId, employerId),
        linked.length ? or(eq(slots.status, "open"), inArray(slots.id, linked)) : eq(slots.status, "open"),
      ),
    )
    .orderBy(asc(slots.title));
  const full = standCapacityFull(event.standCapacity, await registeredStands(db, eventId));
  return { stand: row ? { ...row, slotIds: linked } : null, slots: own, state: standsState(event, now), full };
}

function assertOpen(state: ReturnType<typeof standsState>) {
  if (state === "closed") throw new UserError("stands.errors.closed");
  if (state !== "open") throw new UserError("stands.errors.notOpen");
}

/**
 * Registers or updates the employer's stand (one per employer and fair), before the deadline
 * and while there is room; the slots must be the employer's own. In one transaction.
 */
export async function saveStand(ctx: Ctx, input: StandInput, now: Date): Promise<void> {
  await loadEvent(ctx, input.eventId, mayKeepOwnStand);
  const employerId = ctx.membership.organizationId;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    assertOpen(standsState(event, now));
    const [existing] = await tx
      .select({ id: fairStands.id, status: fairStands.status })
      .from(fairStands)
      .where(and(eq(fairStands.eventId, input.eventId), eq(fairStands.employerId, employerId)));
    if (
      existing?.status !== "registered" &&
      standCapacityFull(event.standCapacity, await registeredStands(tx, input.eventId))
    )
      throw new UserError("stands.errors.full");
    const linked = existing
      ? (
          await tx
            .select({ id: fairStandSlots.slotId })
            .from(fairStandSlots)
            .where(eq(fairStandSlots.standId, existing.id))
        ).map((s) => s.id)
      : [];
    if (input.slotIds.length > 0) {
      const allowed = await tx
        .select({ id: slots.id, status: slots.status })
        .from(slots)
        .where(and(inArray(slots.id, input.slotIds), eq(slots.employerId, employerId)));
      const ok = allowed.filter((s) => s.status === "open" || linked.includes(s.id));
      if (ok.length !== input.slotIds.length) throw new UserError("stands.errors.slot", "slots");
    }
    const values = {
      representatives: input.representatives,
      occupations: input.occupations,
      tables: input.tables,
      status: "registered" as const,
      registeredBy: ctx.userId,
      updatedAt: now,
    };
    const [stand] = await tx
      .insert(fairStands)
      .values({ ...values, eventId: input.eventId, employerId })
      .onConflictDoUpdate({ target: [fairStands.eventId, fairStands.employerId], set: values })
      .returning({ id: fairStands.id });
    await tx.delete(fairStandSlots).where(eq(fairStandSlots.standId, stand.id));
    if (input.slotIds.length > 0)
      await tx.insert(fairStandSlots).values(input.slotIds.map((slotId) => ({ standId: stand.id, slotId })));
    // Registering in the portal answers the employer's invitation to this event too.
    await tx
      .update(invitationRecipients)
      .set({ status: "registered", respondedAt: now })
      .where(
        and(
          eq(invitationRecipients.employerId, employerId),
          ne(invitationRecipients.status, "registered"),
          inArray(
            invitationRecipients.campaignId,
            tx
              .select({ id: invitationCampaigns.id })
              .from(invitationCampaigns)
              .where(eq(invitationCampaigns.eventId, input.eventId)),
          ),
        ),
      );
  });
}

/** Cancels the employer's stand before the deadline; its stand number is freed for another. */
export async function cancelStand(ctx: Ctx, eventId: string, now: Date): Promise<void> {
  await loadEvent(ctx, eventId, mayKeepOwnStand);
  const db = await getDb();
  await db.transaction(async (tx) => {
    assertOpen(standsState(await lockEvent(tx, eventId), now));
    const done = await tx
      .update(fairStands)
      .set({ status: "cancelled", standNumber: null, updatedAt: now })
      .where(
        and(
          eq(fairStands.eventId, eventId),
          eq(fairStands.employerId, ctx.membership.organizationId),
          eq(fairStands.status, "registered"),
        ),
      )
      .returning({ id: fairStands.id });
    if (done.length === 0) throw new NotFoundError("stand");
  });
}

export interface StandRow {
  id: string;
  employerName: string;
  representatives: number;
  occupations: string[];
  tables: number;
  standNumber: string | null;
  status: "registered" | "cancelled";
  slotTitles: string[];
  registeredByName: string | null;
}

/** Every stand of a fair, for the organizer and co-hosts: numbered ones first, cancelled last. */
export async function listStands(ctx: Ctx, eventId: string): Promise<StandRow[]> {
  await loadEvent(ctx, eventId, maySeeStands);
  const db = await getDb();
  const rows = await db
    .select({
      id: fairStands.id,
      employerName: organizations.name,
      representatives: fairStands.representatives,
      occupations: fairStands.occupations,
      tables: fairStands.tables,
      standNumber: fairStands.standNumber,
      status: fairStands.status,
      registeredByName: users.name,
      slotTitles: sql<
        string[]
      >`coalesce((select array_agg(s.title order by s.title) from fair_stand_slots fs join slots s on s.id = fs.slot_id where fs.stand_id = ${fairStands.id}), '{}')`,
    })
    .from(fairStands)
    .innerJoin(organizations, eq(organizations.id, fairStands.employerId))
    .leftJoin(users, eq(users.id, fairStands.registeredBy))
    .where(eq(fairStands.eventId, eventId))
    .orderBy(
      sql`${fairStands.status} = 'cancelled'`,
      sql`${fairStands.standNumber} is null`,
      sql`length(${fairStands.standNumber})`,
      asc(fairStands.standNumber),
      asc(organizations.name),
    );
  return rows;
}

/** Organizer staff number the stands; a number is used once per fair (compared without case). */
export async function setStandNumber(
  ctx: Ctx,
  eventId: string,
  standId: string,
  standNumber: string | null,
): Promise<void> {
  await loadEvent(ctx, eventId, mayNumberStands);
  if (!isUuid(standId)) throw new NotFoundError("stand");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const [stand] = await tx
      .select({ id: fairStands.id })
      .from(fairStands)
      .where(and(eq(fairStands.id, standId), eq(fairStands.eventId, eventId), eq(fairStands.status, "registered")));
    if (!stand) throw new NotFoundError("stand");
    if (standNumber) {
      const [taken] = await tx
        .select({ id: fairStands.id })
        .from(fairStands)
        .where(
          and(
            eq(fairStands.eventId, eventId),
            ne(fairStands.id, standId),
            sql`lower(${fairStands.standNumber}) = lower(${standNumber})`,
          ),
        );
      if (taken) throw new UserError("stands.errors.numberTaken", "standNumber");
    }
    await tx.update(fairStands).set({ standNumber, updatedAt: new Date() }).where(eq(fairStands.id, standId));
  });
}
