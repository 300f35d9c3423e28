import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { auditLog, consents, organizations, participantWishes, participants, placements, slots } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { seed, stableId } from "@/db/seed";
import { NotFoundError } from "@/lib/auth/errors";
import { osloDate } from "@/lib/time/oslo";
import { matchesForParticipant, matchesForSlot } from "./data";

let h: DbHandle;
const JONAS = "jonas.kvamsdal@bergen.kommune.example";
const HENRIK = "henrik.byasveen@trondheim.kommune.example";
const TORSTEIN = "torstein@fjordkanten-bygg.example";
const bergen = stableId("org:bergen-kommune");
// Fløyen Barnehager AS: "Assistent i barnehage" (5311), Norwegian B1, in Bergenhus.
const kindergartenSlot = stableId("slot:bergen-employer-5:1");
const ideal = stableId("test:matching:ideal");

beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
  const today = osloDate(new Date());
  await h.db.insert(participants).values({
    id: ideal,
    municipalityId: bergen,
    firstName: "Ideell",
    lastName: "Kandidat",
    birthYear: 1990,
    norwegianSpeaking: "B2",
    hoursPerWeek: 37,
    area: "Bergenhus",
    programmeStart: "2025-01-01",
    programmeEnd: `${Number(today.slice(0, 4)) + 2}-06-30`,
    enrolledAt: "2025-01-01",
  });
  await h.db.insert(participantWishes).values({ participantId: ideal, iscoCode: "5311", rank: 1 });
  await h.db.insert(consents).values({
    id: stableId("test:matching:consent"),
    participantId: ideal,
    scope: "share_employers",
    givenOn: "2025-01-02",
    method: "signed_form",
  });
});
afterAll(async () => h.close());

describe("matchesForSlot", () => {
  it("ranks consenting, available participants of the caller's municipality, best first, with reasons", async () => {
    const jonas = await ctxFor(h.db, JONAS);
    const { matches } = await matchesForSlot(jonas, kindergartenSlot);
    expect(matches.length).toBeGreaterThan(1);
    expect(matches.length).toBeLessThanOrEqual(20);
    expect(matches[0]).toMatchObject({ item: { id: ideal }, score: 100, warnings: [] });
    expect(matches[0].parts[0]).toMatchObject({ key: "occupation", reason: { code: "wish", rank: 1, distance: 0 } });
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const ids = matches.map((m) => m.item.id);
    const rows = await h.db
      .select({ id: participants.id, municipalityId: participants.municipalityId, status: participants.status })
      .from(participants);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(ids.every((id) => byId.get(id)?.municipalityId === bergen && byId.get(id)?.status === "enrolled")).toBe(
      true,
    );
    const consenting = await h.db
      .select({ id: consents.participantId })
      .from(consents)
      .where(eq(consents.scope, "share_employers"));
    expect(ids.every((id) => consenting.some((c) => c.id === id))).toBe(true);

    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.participantId, ideal), eq(auditLog.userId, jonas.userId)));
    expect(audit.some((a) => (a.details as { view?: string })?.view === "slotMatches")).toBe(true);
  });

  it("gives no place to a wish outside the slot's sub-major group, and counts a programme ending before the start", async () => {
    const jonas = await ctxFor(h.db, JONAS);
    const today = osloDate(new Date());
    const inDays = (n: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const [before] = await h.db.select().from(slots).where(eq(slots.id, kindergartenSlot));
    await h.db
      .update(slots)
      .set({ startsOn: inDays(30), endsOn: inDays(200) })
      .where(eq(slots.id, kindergartenSlot));
    const people = [
      { key: "cook", wish: "5120", programmeEnd: inDays(700) }, // cook (51) for child care (53)
      { key: "short", wish: "5311", programmeEnd: inDays(10) }, // ends before the slot starts
    ].map((p) => ({ ...p, id: stableId(`test:matching:${p.key}`) }));
    for (const p of people) {
      await h.db.insert(participants).values({
        id: p.id,
        municipalityId: bergen,
        firstName: p.key,
        lastName: "Test",
        birthYear: 1990,
        norwegianSpeaking: "B2",
        programmeStart: "2025-01-01",
        programmeEnd: p.programmeEnd,
        enrolledAt: "2025-01-01",
      });
      await h.db.insert(participantWishes).values({ participantId: p.id, iscoCode: p.wish, rank: 1 });
      await h.db
        .insert(consents)
        .values({ participantId: p.id, scope: "share_employers", givenOn: "2025-01-02", method: "signed_form" });
    }
    const { matches, endsBeforeStart } = await matchesForSlot(jonas, kindergartenSlot);
    const ids = matches.map((m) => m.item.id);
    expect(ids).toContain(ideal);
    expect(ids).not.toContain(people[0].id);
    expect(ids).not.toContain(people[1].id);
    expect(endsBeforeStart).toBeGreaterThanOrEqual(1);
    for (const m of matches) for (const part of m.parts) expect(Number.isInteger(part.points)).toBe(true);

    await h.db.delete(participants).where(
      inArray(
        participants.id,
        people.map((p) => p.id),
      ),
    );
    await h.db
      .update(slots)
      .set({ startsOn: before.startsOn, endsOn: before.endsOn })
      .where(eq(slots.id, kindergartenSlot));
  });

  it("drops a participant when consent is withdrawn or they are in an active placement", async () => {
    const jonas = await ctxFor(h.db, JONAS);
    await h.db.update(consents).set({ withdrawnAt: new Date() }).where(eq(consents.participantId, ideal));
    expect((await matchesForSlot(jonas, kindergartenSlot)).matches.some((m) => m.item.id === ideal)).toBe(false);
    await h.db.update(consents).set({ withdrawnAt: null }).where(eq(consents.participantId, ideal));

    const [slot] = await h.db
      .select()
      .from(slots)
      .where(eq(slots.id, stableId("slot:bergen-employer-3:1")));
    await h.db.insert(placements).values({
      id: stableId("test:matching:placement"),
      slotId: slot.id,
      participantId: ideal,
      municipalityId: bergen,
      employerId: slot.employerId,
      stage: "active",
    });
    expect((await matchesForSlot(jonas, kindergartenSlot)).matches.some((m) => m.item.id === ideal)).toBe(false);
    await h.db.delete(placements).where(eq(placements.id, stableId("test:matching:placement")));
    expect((await matchesForSlot(jonas, kindergartenSlot)).matches[0].item.id).toBe(ideal);
  });

  it("gives staff of another city and employers a 404", async () => {
    await expect(matchesForSlot(await ctxFor(h.db, HENRIK), kindergartenSlot)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      matchesForSlot(await ctxFor(h.db, TORSTEIN), stableId("slot:bergen-employer-1:1")),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("matchesForParticipant", () => {
  it("ranks open slots of employers in the city, the wished-for occupation first", async () => {
    const jonas = await ctxFor(h.db, JONAS);
    const { blocked, matches } = await matchesForParticipant(jonas, ideal);
    expect(blocked).toBeNull();
    expect(matches[0].item.iscoCode).toBe("5311");
    expect(matches[0].item.id).toBe(kindergartenSlot);
    const bergenEmployers = await h.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.city, "Bergen"), eq(organizations.kind, "employer")));
    const open = await h.db.select({ id: slots.id }).from(slots).where(eq(slots.status, "open"));
    expect(
      matches.every(
        (m) => bergenEmployers.some((e) => e.id === m.item.employerId) && open.some((s) => s.id === m.item.id),
      ),
    ).toBe(true);
    // The B2 job in the same unit group asks for more Norwegian than the B1 internship, but the ideal candidate has B2.
    expect(
      matches
        .filter((m) => m.item.iscoCode === "5311")
        .every((m) => m.warnings.every((w) => w.code !== "norwegianBelow")),
    ).toBe(true);
  });

  it("says why there are no matches when consent is missing", async () => {
    const jonas = await ctxFor(h.db, JONAS);
    await h.db.update(consents).set({ withdrawnAt: new Date() }).where(eq(consents.participantId, ideal));
    expect(await matchesForParticipant(jonas, ideal)).toMatchObject({ blocked: "noConsent", matches: [] });
    await h.db.update(consents).set({ withdrawnAt: null }).where(eq(consents.participantId, ideal));
  });

  it("gives staff of another municipality a 404", async () => {
    await expect(matchesForParticipant(await ctxFor(h.db, HENRIK), ideal)).rejects.toBeInstanceOf(NotFoundError);
  });
});
