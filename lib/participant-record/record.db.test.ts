import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { auditLog, participantStatusChanges, participants, placements, slots } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { giveConsent, hasConsent, listConsents } from "@/lib/consents/data/consents";
import { withdrawConsent } from "@/lib/consents/data/withdraw";
import { listOutcomes, recordOutcome } from "@/lib/outcomes/data";
import { caseloadFigures, listParticipants } from "@/lib/participants/data";
import { participantPlacements } from "@/lib/placements/data/board";
import { employerFigures } from "@/lib/placements/data/proposals";
import { participantFormSchema, type ParticipantInput } from "@/lib/participants/schemas";
import { createParticipant, readParticipant, reassignParticipant, updateParticipant } from "./data";

let h: DbHandle;
let jonas: Ctx, leyla: Ctx, bergenAdmin: Ctx, henrik: Ctx;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  jonas = await ctxFor(h.db, "jonas.kvamsdal@bergen.kommune.example");
  leyla = await ctxFor(h.db, "leyla.brattebo@bergen.kommune.example");
  bergenAdmin = await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example");
  henrik = await ctxFor(h.db, "henrik.byasveen@trondheim.kommune.example");
});

function input(over: Record<string, string> = {}): ParticipantInput {
  return participantFormSchema(2026).parse({
    firstName: "Testa",
    lastName: "Testesen",
    birthYear: "1990",
    email: "",
    phone: "",
    countryOfOrigin: "",
    norwegianReading: "A2",
    norwegianWriting: "A2",
    norwegianSpeaking: "B1",
    norwegianListening: "B1",
    educationLevel: "secondary",
    educationField: "",
    hoursPerWeek: "30",
    availableFrom: "",
    area: "Årstad",
    programmeTrack: "work",
    programmeStart: "2026-01-05",
    programmeEnd: "2027-06-30",
    status: "enrolled",
    assignedTo: "",
    externalId: "",
    lang0: "ar",
    langLevel0: "C2",
    wish0: "9112",
    wish1: "Cooks (5120)",
    exp0: "5120",
    expYears0: "3",
    ...over,
  });
}

const audits = async (participantId: string) =>
  (await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.participantId, participantId))).map(
    (a) => a.action,
  );

describe("participant record", () => {
  it("creates a participant with rows, a status change and an audit entry, assigned to the creator", async () => {
    const id = await createParticipant(jonas, input());
    const r = await readParticipant(jonas, id);
    expect(r).toMatchObject({
      firstName: "Testa",
      assignedTo: jonas.userId,
      norwegianSpeaking: "B1",
      hoursPerWeek: 30,
    });
    expect(r.wishes).toEqual(["9112", "5120"]);
    expect(r.languages).toEqual([{ language: "ar", level: "C2" }]);
    expect(r.experience).toEqual([{ iscoCode: "5120", years: 3 }]);
    expect(
      await h.db.select().from(participantStatusChanges).where(eq(participantStatusChanges.participantId, id)),
    ).toHaveLength(1);
    expect(await audits(id)).toEqual(expect.arrayContaining(["participant.create", "participant.read"]));
  });

  it("gives staff of another municipality a not-found, never the record", async () => {
    const id = await createParticipant(jonas, input());
    await expect(readParticipant(henrik, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateParticipant(henrik, id, 1, input())).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      giveConsent(henrik, { participantId: id, scope: "share_employers", givenOn: "2026-11-01", method: "digital" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(readParticipant(henrik, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses the second of two saves made from the same version (no lost update)", async () => {
    const id = await createParticipant(jonas, input());
    await updateParticipant(jonas, id, 1, input({ area: "Fana", assignedTo: jonas.userId }));
    const second = updateParticipant(leyla, id, 1, input({ area: "Åsane", assignedTo: jonas.userId }));
    await expect(second).rejects.toBeInstanceOf(UserError);
    await expect(second).rejects.toMatchObject({ key: "participants.errors.staleVersion" });
    const [row] = await h.db
      .select({ area: participants.area, version: participants.version })
      .from(participants)
      .where(eq(participants.id, id));
    expect(row).toEqual({ area: "Fana", version: 2 });
    const [update] = await h.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.participantId, id), eq(auditLog.action, "participant.update")));
    expect(update.details).toEqual({ fields: ["area"] });
  });

  it("saves nothing when an assignee is not staff of the municipality", async () => {
    const trondheimStaff = stableId("user:henrik.byasveen@trondheim.kommune.example");
    await expect(createParticipant(jonas, input({ assignedTo: trondheimStaff }))).rejects.toMatchObject({
      field: "assignedTo",
    });
    expect(await h.db.select().from(participants).where(eq(participants.lastName, "Testesen"))).toHaveLength(0);
    expect(await h.db.select().from(auditLog).where(eq(auditLog.action, "participant.create"))).toHaveLength(0);
  });

  it("lets an admin reassign within the municipality only", async () => {
    const id = await createParticipant(jonas, input());
    await reassignParticipant(bergenAdmin, id, leyla.userId);
    expect((await readParticipant(bergenAdmin, id)).assignedTo).toBe(leyla.userId);
    await expect(reassignParticipant(bergenAdmin, id, henrik.userId)).rejects.toBeInstanceOf(UserError);
    expect(await audits(id)).toContain("participant.reassign");
  });

  it("keeps the audit log append-only", async () => {
    const id = await createParticipant(jonas, input());
    await expect(h.db.update(auditLog).set({ action: "x" }).where(eq(auditLog.participantId, id))).rejects.toThrow();
    await expect(h.db.delete(auditLog).where(eq(auditLog.participantId, id))).rejects.toThrow();
  });
});

describe("consent", () => {
  it("records, refuses a duplicate, and withdraws at once", async () => {
    const id = await createParticipant(jonas, input());
    const consent = {
      participantId: id,
      scope: "share_employers" as const,
      givenOn: "2026-11-01",
      method: "verbal_interpreter" as const,
    };
    await giveConsent(jonas, consent);
    expect(await hasConsent(h.db, id, "share_employers")).toBe(true);
    await expect(giveConsent(jonas, consent)).rejects.toMatchObject({ key: "participants.errors.consentActive" });
    const [row] = await listConsents(jonas, id);
    expect(row).toMatchObject({
      scope: "share_employers",
      method: "verbal_interpreter",
      recordedByName: "Jonas Kvamsdal",
    });
    await withdrawConsent(leyla, id, row.id);
    expect(await hasConsent(h.db, id, "share_employers")).toBe(false);
    expect((await listConsents(jonas, id))[0]).toMatchObject({ withdrawnByName: "Leyla Brattebø" });
    await expect(withdrawConsent(jonas, id, row.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await audits(id)).toEqual(expect.arrayContaining(["consent.give", "consent.withdraw"]));
  });
});

describe("outcomes", () => {
  it("records one outcome per timepoint and corrects it", async () => {
    const id = await createParticipant(jonas, input());
    await recordOutcome(jonas, { participantId: id, timepoint: "programme_end", outcome: "neither", reason: "Sykdom" });
    await recordOutcome(jonas, { participantId: id, timepoint: "programme_end", outcome: "work", reason: "ignored" });
    expect(await listOutcomes(jonas, id)).toEqual([
      expect.objectContaining({ timepoint: "programme_end", outcome: "work", reason: null }),
    ]);
  });
});

describe("placements on the participant page", () => {
  it("lists a participant's placements for their own municipality only", async () => {
    const [seeded] = await h.db
      .select({ participantId: placements.participantId })
      .from(placements)
      .where(eq(placements.municipalityId, bergenAdmin.membership.organizationId))
      .limit(1);
    expect((await participantPlacements(bergenAdmin, seeded.participantId)).length).toBeGreaterThan(0);
    expect(await participantPlacements(henrik, seeded.participantId)).toEqual([]);
  });

  it("gives an employer figures about its own organization only", async () => {
    const torstein = await ctxFor(h.db, "torstein@fjordkanten-bygg.example");
    const ola = await ctxFor(h.db, "ola@nidelva-bygg.example");
    const openSlotsOf = async (employerId: string) =>
      (
        await h.db
          .select({ n: count() })
          .from(slots)
          .where(and(eq(slots.employerId, employerId), eq(slots.status, "open")))
      )[0].n;
    const proposedTo = async (employerId: string) =>
      (
        await h.db
          .select({ n: count() })
          .from(placements)
          .where(and(eq(placements.employerId, employerId), eq(placements.stage, "proposed")))
      )[0].n;
    for (const ctx of [torstein, ola]) {
      const figures = await employerFigures(ctx);
      expect(figures.openSlots).toBe(await openSlotsOf(ctx.membership.organizationId));
      expect(figures.awaitingAnswer).toBe(await proposedTo(ctx.membership.organizationId));
    }
    expect((await employerFigures(torstein)).openSlots).toBeGreaterThan(0);
  });
});

describe("home figures", () => {
  it("counts the caller's active caseload, programmes ending soon and overdue follow-ups", async () => {
    const now = new Date("2026-11-28T12:00:00Z");
    const before = await caseloadFigures(henrik, "mine", now);
    const trondheimAdmin = await ctxFor(h.db, "sunniva.lerkendal@trondheim.kommune.example");
    const municipality = await caseloadFigures(trondheimAdmin, "all", now);
    await createParticipant(henrik, input({ programmeEnd: "2027-01-15" }));
    await createParticipant(henrik, input({ status: "completed" }));
    const after = await caseloadFigures(henrik, "mine", now);
    expect(after.active).toBe(before.active + 1);
    expect(after.endingSoon).toBe(before.endingSoon + 1);
    expect((await caseloadFigures(trondheimAdmin, "all", now)).active).toBe(municipality.active + 1);
    expect(municipality.active).toBeGreaterThanOrEqual(before.active);
  });
});

describe("caseload list", () => {
  const page = { page: 1, pageSize: 25, q: "Testesen" };

  it("shows a consultant their own participants, an admin everyone, another municipality nobody", async () => {
    await createParticipant(jonas, input({ firstName: "Alfa" }));
    await createParticipant(leyla, input({ firstName: "Beta" }));
    const mine = await listParticipants(jonas, { ...page, assigned: "mine" });
    expect(mine.rows.map((r) => r.firstName)).toEqual(["Alfa"]);
    const all = await listParticipants(bergenAdmin, { ...page, assigned: "all", sort: "name" });
    expect(all.rows.map((r) => r.firstName).sort()).toEqual(["Alfa", "Beta"]);
    expect((await listParticipants(henrik, { ...page, assigned: "all" })).total).toBe(0);
  });

  it("filters by status, programme end, Norwegian level and wish, and pages", async () => {
    await createParticipant(jonas, input({ firstName: "Snart", programmeEnd: "2026-12-15", norwegianSpeaking: "A2" }));
    await createParticipant(jonas, input({ firstName: "Senere", wish0: "2221", wish1: "" }));
    await createParticipant(jonas, input({ firstName: "Ferdig", status: "completed" }));
    const now = new Date("2026-11-28T12:00:00Z");
    const base = { ...page, assigned: "mine" };
    expect((await listParticipants(jonas, base, now)).total).toBe(2);
    expect((await listParticipants(jonas, { ...base, status: "completed" }, now)).rows.map((r) => r.firstName)).toEqual(
      ["Ferdig"],
    );
    expect((await listParticipants(jonas, { ...base, endsWithinMonths: 3 }, now)).rows.map((r) => r.firstName)).toEqual(
      ["Snart"],
    );
    expect(
      (await listParticipants(jonas, { ...base, norwegianLevel: "B1" }, now)).rows.map((r) => r.firstName),
    ).toEqual(["Senere"]);
    expect((await listParticipants(jonas, { ...base, wish: "2221" }, now)).rows.map((r) => r.firstName)).toEqual([
      "Senere",
    ]);
    const p1 = await listParticipants(jonas, { ...base, status: "all", sort: "name", pageSize: 2 }, now);
    const p2 = await listParticipants(jonas, { ...base, status: "all", sort: "name", pageSize: 2, page: 2 }, now);
    expect(p1.total).toBe(3);
    expect([...p1.rows, ...p2.rows].map((r) => r.firstName)).toEqual(["Ferdig", "Senere", "Snart"]);
  });
});
