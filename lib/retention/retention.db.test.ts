import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db";
import {
  auditLog,
  contacts,
  followUps,
  municipalitySettings,
  participantLanguages,
  participantOutcomes,
  participants,
  participantWishes,
  workPeriods,
} from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { anonymizeExpired } from "./data";

const bergen = stableId("org:bergen-kommune");
const trondheim = stableId("org:trondheim-kommune");
const jonas = stableId("user:jonas.kvamsdal@bergen.kommune.example");
const now = new Date("2026-06-15T10:00:00Z");

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  // The demo data has settings of its own; these tests start from the default.
  await h.db.delete(municipalitySettings);
  // Demo data may hold participants past retention; clear them so each test counts only its own.
  await anonymizeExpired(now);
});

async function addParticipant(
  municipalityId: string,
  key: string,
  status: "enrolled" | "completed" | "ended_early",
  programmeEnd: string,
) {
  const id = stableId(`retention-test:${key}`);
  await h.db.insert(participants).values({
    id,
    municipalityId,
    externalId: `EXT-${key}`,
    firstName: `Fornavn ${key}`,
    lastName: `Etternavn ${key}`,
    birthYear: 1990,
    email: `${key}@example.test`,
    phone: "+47 900 00 000",
    countryOfOrigin: "Eritrea",
    norwegianSpeaking: "B1",
    educationLevel: "secondary",
    educationField: "Helsefag",
    area: "Årstad",
    programmeStart: "2022-01-01",
    programmeEnd,
    status,
    assignedTo: municipalityId === bergen ? jonas : null,
    enrolledAt: "2022-01-01",
  });
  await h.db.insert(participantLanguages).values({ participantId: id, language: "ti", level: "C2" });
  await h.db.insert(participantWishes).values({ participantId: id, iscoCode: "5322", rank: 1 });
  await h.db.insert(participantOutcomes).values({ participantId: id, timepoint: "programme_end", outcome: "work" });
  await h.db
    .insert(workPeriods)
    .values({ participantId: id, kind: "job", employerName: "Fjordkanten Bygg AS", startsOn: "2023-01-01" });
  const [contact] = await h.db
    .insert(contacts)
    .values({
      municipalityId,
      participantId: id,
      kind: "participant",
      channel: "phone",
      purpose: "follow_along",
      faceToFace: false,
      contactDate: "2023-02-01",
      notes: "Snakket om helse og familie",
    })
    .returning({ id: contacts.id });
  await h.db.insert(followUps).values({
    municipalityId,
    participantId: id,
    source: "next_action",
    title: `Ring ${key} om legetimen`,
    dueOn: "2023-03-01",
    fromContactId: contact.id,
  });
  return id;
}

const load = async (id: string) => (await h.db.select().from(participants).where(eq(participants.id, id)))[0];

describe("anonymizeExpired", () => {
  it("anonymizes participants past retention and keeps the figures", async () => {
    const past = await addParticipant(bergen, "past", "completed", "2024-05-01");
    const endedEarly = await addParticipant(bergen, "early", "ended_early", "2023-01-01");

    const results = await anonymizeExpired(now);
    expect(results.find((r) => r.municipalityId === bergen)).toMatchObject({ count: 2, retentionMonths: 24 });

    const p = await load(past);
    expect(p).toMatchObject({
      firstName: "Anonymisert",
      lastName: "",
      email: null,
      phone: null,
      countryOfOrigin: null,
      externalId: null,
      educationField: null,
      area: null,
      version: 2,
      // Figures for statistics stay.
      status: "completed",
      birthYear: 1990,
      norwegianSpeaking: "B1",
      educationLevel: "secondary",
      programmeEnd: "2024-05-01",
      assignedTo: jonas,
    });
    expect(p.anonymizedAt?.toISOString()).toBe(now.toISOString());
    expect((await load(endedEarly)).firstName).toBe("Anonymisert");

    expect(
      await h.db
        .select({ outcome: participantOutcomes.outcome })
        .from(participantOutcomes)
        .where(eq(participantOutcomes.participantId, past)),
    ).toEqual([{ outcome: "work" }]);
    expect(
      await h.db
        .select({ level: participantLanguages.level })
        .from(participantLanguages)
        .where(eq(participantLanguages.participantId, past)),
    ).toEqual([{ level: "C2" }]);
    expect(
      await h.db
        .select({ code: participantWishes.iscoCode })
        .from(participantWishes)
        .where(eq(participantWishes.participantId, past)),
    ).toEqual([{ code: "5322" }]);
    expect(
      await h.db
        .select({ name: workPeriods.employerName })
        .from(workPeriods)
        .where(eq(workPeriods.participantId, past)),
    ).toEqual([{ name: "Fjordkanten Bygg AS" }]);
  });

  it("clears notes and follow-up titles but keeps the contacts themselves", async () => {
    const past = await addParticipant(bergen, "notes", "completed", "2024-01-31");
    await anonymizeExpired(now);
    expect(
      await h.db
        .select({ notes: contacts.notes, date: contacts.contactDate })
        .from(contacts)
        .where(eq(contacts.participantId, past)),
    ).toEqual([{ notes: null, date: "2023-02-01" }]);
    expect(
      await h.db
        .select({ title: followUps.title, dueOn: followUps.dueOn })
        .from(followUps)
        .where(eq(followUps.participantId, past)),
    ).toEqual([{ title: "—", dueOn: "2023-03-01" }]);
  });

  it("leaves participants within retention and active participants untouched", async () => {
    const within = await addParticipant(bergen, "within", "completed", "2024-07-01");
    const active = await addParticipant(bergen, "active", "enrolled", "2020-01-01");
    const results = await anonymizeExpired(now);
    expect(results.find((r) => r.municipalityId === bergen)?.count).toBe(0);
    for (const id of [within, active]) {
      const p = await load(id);
      expect(p.anonymizedAt).toBeNull();
      expect(p.email).not.toBeNull();
      expect(p.version).toBe(1);
    }
    expect(
      await h.db.select({ notes: contacts.notes }).from(contacts).where(eq(contacts.participantId, within)),
    ).toEqual([{ notes: "Snakket om helse og familie" }]);
  });

  it("uses each municipality's own retention setting", async () => {
    await h.db.insert(municipalitySettings).values({ municipalityId: trondheim, retentionMonths: 6 });
    // Demo participants past the shorter retention go first, so the counts below are this test's own.
    await anonymizeExpired(now);
    const inTrondheim = await addParticipant(trondheim, "trd", "completed", "2025-12-01");
    const inBergen = await addParticipant(bergen, "bgo", "completed", "2025-12-01");

    const results = await anonymizeExpired(now);
    expect(results.find((r) => r.municipalityId === trondheim)).toMatchObject({ count: 1, retentionMonths: 6 });
    expect(results.find((r) => r.municipalityId === bergen)).toMatchObject({ count: 0, retentionMonths: 24 });
    expect((await load(inTrondheim)).firstName).toBe("Anonymisert");
    expect((await load(inBergen)).firstName).toBe("Fornavn bgo");
  });

  it("writes one audit entry per participant, by no user, in the participant's municipality", async () => {
    const past = await addParticipant(trondheim, "audit", "completed", "2023-06-01");
    await anonymizeExpired(now);
    const entries = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.participantId, past), eq(auditLog.action, "participant.anonymize")));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ municipalityId: trondheim, userId: null, details: { retentionMonths: 24 } });
  });

  it("is idempotent: a second run changes nothing and writes no audit", async () => {
    const past = await addParticipant(bergen, "twice", "completed", "2023-06-01");
    await anonymizeExpired(now);
    const later = new Date("2026-06-16T10:00:00Z");
    const results = await anonymizeExpired(later);
    expect(results.every((r) => r.count === 0)).toBe(true);
    const p = await load(past);
    expect(p.version).toBe(2);
    expect(p.anonymizedAt?.toISOString()).toBe(now.toISOString());
    expect(await h.db.select().from(auditLog).where(eq(auditLog.participantId, past))).toHaveLength(1);
  });
});
