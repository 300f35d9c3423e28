// Issue 12, "Done when": a participant who has been everywhere is erased (on request, and by the
// retention job), then every table of the schema is searched for their name, email, phone and
// case number; and their export has a section for every table in which they had rows.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  agreements,
  auditLog,
  consents,
  emailOutbox,
  fairCandidates,
  fairInterviews,
  fairLeads,
  fairWishes,
  municipalitySettings,
  participantOutcomes,
  placementEvents,
  placements,
} from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { buildEverywhere, EVERYWHERE, type Everywhere } from "@/db/testing/everywhere";
import { EMAILS } from "@/db/testing/placements";
import { searchEveryTable } from "@/db/testing/search";
import type { Ctx } from "@/lib/auth/session";
import { anonymizeExpired } from "@/lib/retention/data";
import { eraseParticipant, exportParticipant } from "@/lib/subject-rights/data";
import { exportOutline } from "./export";
import { PARTICIPANT_ENTRIES, tableName } from "./register";

/** What identifies the person: each name on its own, the address, the phone (as stored and as digits), the case number. */
const NEEDLES = [
  EVERYWHERE.firstName,
  EVERYWHERE.lastName,
  EVERYWHERE.email,
  EVERYWHERE.phone,
  EVERYWHERE.phone.replace(/\D/g, "").slice(-8),
  EVERYWHERE.externalId,
];

let h: DbHandle;
let admin: Ctx;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  admin = await ctxFor(h.db, EMAILS.ragnhild);
});

const search = (strings: readonly string[]) => searchEveryTable(h.db, strings);

async function expectEverythingErased(e: Everywhere) {
  expect(await search(NEEDLES)).toEqual([]);
  // Figures stay; free text and the profile go.
  const [c] = await h.db.select().from(fairCandidates).where(eq(fairCandidates.id, e.candidateId));
  expect(c).toMatchObject({
    name: "Anonymisert",
    email: null,
    phone: null,
    occupations: [],
    shareWithExhibitors: false,
  });
  expect(c.educationLevel).toBe("vocational");
  expect(await h.db.select().from(fairWishes).where(eq(fairWishes.candidateId, e.candidateId))).toEqual([]);
  expect(await h.db.select().from(fairInterviews).where(eq(fairInterviews.candidateId, e.candidateId))).toHaveLength(1);
  const [lead] = await h.db.select().from(fairLeads).where(eq(fairLeads.candidateId, e.candidateId));
  expect(lead).toMatchObject({ kind: "internship", note: null });
  const [outcome] = await h.db
    .select()
    .from(participantOutcomes)
    .where(eq(participantOutcomes.participantId, e.participantId));
  expect(outcome).toMatchObject({ outcome: "neither", reason: null });
  const open = await h.db.select().from(consents).where(eq(consents.participantId, e.participantId));
  expect(open.length).toBe(3);
  expect(open.every((row) => row.withdrawnAt !== null)).toBe(true);
  const notes = await h.db
    .select({ note: placementEvents.note })
    .from(placementEvents)
    .where(inArray(placementEvents.placementId, e.placementIds));
  expect(notes.length).toBeGreaterThan(0);
  const [agreement] = await h.db.select().from(agreements).where(inArray(agreements.placementId, e.placementIds));
  expect(agreement).toMatchObject({ tasks: "—", mentorName: "—", followUpPlan: "—", hoursPerWeek: 30 });
  // Emails: emptied, status and times kept; the one not yet sent is never sent; others untouched.
  const mails = await h.db.select().from(emailOutbox);
  const byId = new Map(mails.map((m) => [m.id, m]));
  expect(byId.get(e.emailIds[0])).toMatchObject({ toAddress: "", subject: "", textBody: "", status: "sent" });
  expect(byId.get(e.emailIds[0])?.sentAt).not.toBeNull();
  expect(byId.get(e.emailIds[1])).toMatchObject({ toAddress: "", status: "failed" });
  expect(byId.get(e.digestId)).toMatchObject({ textBody: "", status: "sent" });
  expect(byId.get(e.unrelatedEmailId)).toMatchObject({ toAddress: EMAILS.jonas, textBody: "Ingen oppgaver." });
}

describe("erasure on request", () => {
  it("leaves no trace of the person's name, email, phone or case number in any table", async () => {
    const e = await buildEverywhere(h.db);
    // The note names them on purpose: only the fact and the code may stay.
    const note = `${EVERYWHERE.firstName} ${EVERYWHERE.lastName} ringte fra ${EVERYWHERE.phone} (${EVERYWHERE.externalId}) og ba om sletting`;
    expect((await search(NEEDLES)).length).toBeGreaterThan(10);
    await eraseParticipant(admin, e.participantId, { code: "request", note });
    await expectEverythingErased(e);
    const [fact] = await h.db
      .select({ details: auditLog.details, userId: auditLog.userId })
      .from(auditLog)
      .where(and(eq(auditLog.participantId, e.participantId), eq(auditLog.action, "participant.anonymize")));
    expect(fact).toEqual({
      userId: admin.userId,
      details: { onRequest: true, reasonCode: "request", note: "[…] ringte fra […] ([…]) og ba om sletting" },
    });
    // Done for placements too: no proposal short of a signed agreement stays open for an erased person.
    const stages = await h.db
      .select({ stage: placements.stage })
      .from(placements)
      .where(eq(placements.participantId, e.participantId));
    expect(stages.map((s) => s.stage).sort()).toEqual(["declined_by_employer", "withdrawn"]);
  });
});

describe("the retention job", () => {
  it("leaves no trace of a participant past retention in any table", async () => {
    await h.db.delete(municipalitySettings);
    const e = await buildEverywhere(h.db, { status: "completed", programmeEnd: "2020-06-30" });
    await anonymizeExpired(new Date("2026-06-15T10:00:00Z"));
    await expectEverythingErased(e);
    const [fact] = await h.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.participantId, e.participantId), eq(auditLog.action, "participant.anonymize")));
    expect(fact.details).toEqual({ reasonCode: "retention", retentionMonths: 24 });
  });
});

describe("the export", () => {
  it("has a section with rows for every table in which the person has rows", async () => {
    const e = await buildEverywhere(h.db);
    // Found without the register: any row holding one of the person's ids or their address.
    const ids = [e.participantId, e.candidateId, ...e.placementIds, ...e.emailIds, EVERYWHERE.email];
    const tables = new Set((await search(ids)).map((hit) => hit.split(":")[0]));
    expect(tables.size).toBeGreaterThan(15);
    const data = await exportParticipant(admin, e.participantId);
    const outline = new Map(exportOutline(data).map((s) => [s.key, s.count]));
    for (const table of tables) {
      const entry = PARTICIPANT_ENTRIES.find((x) => tableName(x.table) === table);
      expect(entry, `${table} has participant rules`).toBeDefined();
      expect(outline.get(entry!.participant.export.key), `export section for ${table}`).toBeGreaterThan(0);
    }
    // Emails addressed to them, not the staff digest that names them.
    expect((data.emails as { id: string }[]).map((m) => m.id).sort()).toEqual([...e.emailIds].sort());
    const [placement] = data.placements as { events: unknown[]; agreement: unknown }[];
    expect(placement.events.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).toContain(EVERYWHERE.externalId);
  });
});
