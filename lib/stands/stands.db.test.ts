import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { fairStandSlots, fairStands, invitationCampaigns, invitationRecipients, memberships, users } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { seed, stableId } from "@/db/seed";
import { NotFoundError } from "@/lib/auth/errors";
import { createEvent, setEventStatus } from "@/lib/events/data";
import { eventFormSchema } from "@/lib/events/schemas";
import { cancelStand, getOwnStand, listStands, saveStand, setStandNumber } from "./data";
import { standFormSchema, type StandInput } from "./schemas";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const MARIT = "marit@naeringsforum-bergen.example";
const TORSTEIN = "torstein@fjordkanten-bygg.example"; // Fjordkanten Bygg AS, Bergen
const OLA = "ola@nidelva-bygg.example"; // Trondheim
const EIRIK = "eirik.nesttun@nav.example"; // NAV Bergen vest
const JONAS = "jonas.kvamsdal@bergen.kommune.example";
const torsteinSlot = stableId("slot:bergen-employer-1:1"); // open
const nidelvaSlot = stableId("slot:trondheim-employer-1:1");
const NOW = new Date("2026-06-01T10:00:00Z");
const AFTER_DEADLINE = new Date("2026-10-09T10:00:00Z");

/** The contact person of another Bergen employer (db/seed/data.ts gives each one). */
async function employerEmail(key: string): Promise<string> {
  const [row] = await h.db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, stableId(`org:${key}`)));
  return row.email;
}

/** A published fair of Næringsforum Bergen, co-hosted by NAV Bergen vest; registration closes 8 October. */
async function fair(over: Record<string, string> = {}): Promise<string> {
  const marit = await ctxFor(h.db, MARIT);
  const id = await createEvent(
    marit,
    eventFormSchema.parse({
      kind: "career_fair",
      title: "Messe",
      description: "",
      date: "2026-10-15",
      startTime: "09:00",
      endTime: "15:00",
      venue: "Grieghallen",
      registrationCloses: "2026-10-08",
      [`cohost_${stableId("org:nav-bergen")}`]: "on",
      ...over,
    }),
  );
  await setEventStatus(marit, id, 1, "published", NOW);
  return id;
}

const stand = (eventId: string, over: Record<string, string> = {}): StandInput =>
  standFormSchema.parse({
    eventId,
    representatives: "3",
    tables: "2",
    occ0: "Carpenters and joiners (7115)",
    occ1: "",
    [`slot_${torsteinSlot}`]: "on",
    ...over,
  });

describe("stand form schema", () => {
  it("reads occupations from the rows and slots from checkboxes", () => {
    expect(stand("e", { occ2: "9313" })).toEqual({
      eventId: "e",
      representatives: 3,
      tables: 2,
      occupations: ["7115", "9313"],
      slotIds: [torsteinSlot],
    });
  });
  it("needs one occupation, none twice, and counts within limits", () => {
    const r = standFormSchema.safeParse({ eventId: "e", representatives: "21", tables: "11", occ0: "", occ1: "" });
    expect(Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]))).toEqual({
      representatives: "stands.errors.representatives",
      tables: "stands.errors.tables",
      occ0: "stands.errors.occupationRequired",
    });
    const twice = standFormSchema.safeParse({
      eventId: "e",
      representatives: "1",
      tables: "0",
      occ0: "7115",
      occ1: "Carpenters and joiners (7115)",
    });
    expect(twice.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["occ1", "stands.errors.occupationTwice"]]);
  });
});

describe("stands", () => {
  it("registers, updates (one row per employer) and cancels the employer's own stand", async () => {
    const eventId = await fair();
    const torstein = await ctxFor(h.db, TORSTEIN);
    expect((await getOwnStand(torstein, eventId, NOW)).stand).toBeNull();
    await saveStand(torstein, stand(eventId), NOW);
    await saveStand(torstein, stand(eventId, { representatives: "5", [`slot_${torsteinSlot}`]: "" }), NOW);
    const rows = await h.db.select().from(fairStands).where(eq(fairStands.eventId, eventId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      representatives: 5,
      tables: 2,
      occupations: ["7115"],
      status: "registered",
      registeredBy: torstein.userId,
    });
    expect(await h.db.select().from(fairStandSlots).where(eq(fairStandSlots.standId, rows[0].id))).toHaveLength(0);

    await cancelStand(torstein, eventId, NOW);
    const view = await getOwnStand(torstein, eventId, NOW);
    expect(view.stand?.status).toBe("cancelled");
  });

  it("refuses another employer's slot, and hides the fair from another city's employer", async () => {
    const eventId = await fair();
    const torstein = await ctxFor(h.db, TORSTEIN);
    await expect(saveStand(torstein, stand(eventId, { [`slot_${nidelvaSlot}`]: "on" }), NOW)).rejects.toMatchObject({
      key: "stands.errors.slot",
      field: "slots",
    });
    const ola = await ctxFor(h.db, OLA);
    await expect(saveStand(ola, stand(eventId, { [`slot_${torsteinSlot}`]: "" }), NOW)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getOwnStand(ola, eventId, NOW)).rejects.toBeInstanceOf(NotFoundError);
    // Staff are not exhibitors: the employer page is not theirs.
    await expect(getOwnStand(await ctxFor(h.db, MARIT), eventId, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses registering, changing and cancelling after the deadline", async () => {
    const eventId = await fair();
    const torstein = await ctxFor(h.db, TORSTEIN);
    await expect(saveStand(torstein, stand(eventId), AFTER_DEADLINE)).rejects.toMatchObject({
      key: "stands.errors.closed",
    });
    await saveStand(torstein, stand(eventId), NOW);
    await expect(cancelStand(torstein, eventId, AFTER_DEADLINE)).rejects.toMatchObject({ key: "stands.errors.closed" });
    expect((await getOwnStand(torstein, eventId, AFTER_DEADLINE)).state).toBe("closed");
  });

  it("refuses a new stand when the stand capacity is full, but lets a registered one change", async () => {
    const eventId = await fair({ standCapacity: "1" });
    const torstein = await ctxFor(h.db, TORSTEIN);
    const other = await ctxFor(h.db, await employerEmail("bergen-employer-2"));
    await saveStand(torstein, stand(eventId), NOW);
    await expect(saveStand(other, stand(eventId, { [`slot_${torsteinSlot}`]: "" }), NOW)).rejects.toMatchObject({
      key: "stands.errors.full",
    });
    expect((await getOwnStand(other, eventId, NOW)).full).toBe(true);
    await saveStand(torstein, stand(eventId, { tables: "4" }), NOW);
    // A cancellation frees the place.
    await cancelStand(torstein, eventId, NOW);
    await saveStand(other, stand(eventId, { [`slot_${torsteinSlot}`]: "" }), NOW);
  });

  it("marks the employer's invitation to the fair as registered", async () => {
    const eventId = await fair();
    const [campaign] = await h.db
      .insert(invitationCampaigns)
      .values({ eventId, subject: "Velkommen", body: "Meld dere på" })
      .returning();
    await h.db.insert(invitationRecipients).values({
      campaignId: campaign.id,
      employerId: stableId("org:bergen-employer-1"),
      email: "post@fjordkanten.example",
    });
    await saveStand(await ctxFor(h.db, TORSTEIN), stand(eventId), NOW);
    const [r] = await h.db.select().from(invitationRecipients).where(eq(invitationRecipients.campaignId, campaign.id));
    expect(r.status).toBe("registered");
  });

  it("numbers stands uniquely within the fair; only the organizer numbers, co-hosts read", async () => {
    const eventId = await fair();
    const torstein = await ctxFor(h.db, TORSTEIN);
    const other = await ctxFor(h.db, await employerEmail("bergen-employer-2"));
    await saveStand(torstein, stand(eventId), NOW);
    await saveStand(other, stand(eventId, { [`slot_${torsteinSlot}`]: "" }), NOW);
    const marit = await ctxFor(h.db, MARIT);
    const [a, b] = await listStands(marit, eventId);
    await setStandNumber(marit, eventId, a.id, "A1");
    await expect(setStandNumber(marit, eventId, b.id, "a1")).rejects.toMatchObject({
      key: "stands.errors.numberTaken",
      field: "standNumber",
    });
    await setStandNumber(marit, eventId, b.id, "A2");
    await setStandNumber(marit, eventId, a.id, "A1"); // its own number again is fine

    const eirik = await ctxFor(h.db, EIRIK);
    expect((await listStands(eirik, eventId)).map((s) => s.standNumber)).toEqual(["A1", "A2"]);
    await expect(setStandNumber(eirik, eventId, a.id, "B1")).rejects.toBeInstanceOf(NotFoundError);
    await expect(listStands(torstein, eventId)).rejects.toBeInstanceOf(NotFoundError);
    // Jonas's municipality does not co-host this fair: no staff list for him.
    await expect(listStands(await ctxFor(h.db, JONAS), eventId)).rejects.toBeInstanceOf(NotFoundError);

    // A stand of another fair cannot be numbered through this one.
    const otherFair = await fair();
    await saveStand(torstein, stand(otherFair), NOW);
    const [foreign] = await h.db
      .select({ id: fairStands.id })
      .from(fairStands)
      .where(and(eq(fairStands.eventId, otherFair)));
    await expect(setStandNumber(marit, eventId, foreign.id, "C1")).rejects.toBeInstanceOf(NotFoundError);
  });
});
