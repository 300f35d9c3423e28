import { and, count, eq, inArray, like, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, participantStatusChanges, participants } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { previewImport, runImport } from "./data";

const h = await openTestDb();
afterAll(() => h.close());

const JONAS = "jonas.kvamsdal@bergen.kommune.example";
const LEYLA = "leyla.brattebo@bergen.kommune.example";
const RAGNHILD = "ragnhild.fossdal@bergen.kommune.example";
const HENRIK = "henrik.byasveen@trondheim.kommune.example";
const NOW = new Date("2026-11-28T10:00:00Z");

const HEADER = "saksnummer;fornavn;etternavn;fødselsår;programstart;programslutt;status;norsk muntlig;veileder e-post";
const FILE = [
  HEADER,
  "IMP-1;Amina;Yusuf;1991;01.09.2026;31.08.2028;i program;A2;",
  `IMP-2;Tesfay;Haile;1986;15.08.2026;14.08.2027;;B1;${LEYLA}`,
  "IMP-3;Olena;;1979;01.03.2026;28.02.2027;;;",
].join("\n");

const imported = async () =>
  h.db.select().from(participants).where(like(participants.externalId, "IMP-%")).orderBy(participants.externalId);
const auditCount = async () =>
  (await h.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "participant.import")))[0].n;

async function previewAndImport(email: string, csv: string) {
  const ctx = await ctxFor(h.db, email);
  const report = await previewImport(ctx, csv, NOW);
  return { report, outcome: await runImport(ctx, csv, report.fingerprint, NOW) };
}

beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
});

describe("participant CSV import", () => {
  it("previews row by row and writes nothing", async () => {
    const report = await previewImport(await ctxFor(h.db, JONAS), FILE, NOW);
    expect(report.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 1 });
    expect(report.rows.map((r) => [r.line, r.externalId, r.outcome])).toEqual([
      [2, "IMP-1", "create"],
      [3, "IMP-2", "create"],
      [4, "IMP-3", "error"],
    ]);
    expect(report.rows[2].errors).toEqual([{ column: "lastName", code: "required" }]);
    expect(await imported()).toEqual([]);
    expect(await auditCount()).toBe(0);
  });

  it("imports the valid rows with status history and an audit entry each, and skips the rest", async () => {
    const { outcome } = await previewAndImport(JONAS, FILE);
    expect(outcome).toEqual({ status: "imported", result: { created: 2, updated: 0, unchanged: 0, skipped: 1 } });
    const rows = await imported();
    expect(
      rows.map((p) => [
        p.externalId,
        p.firstName,
        p.status,
        p.norwegianSpeaking,
        p.assignedTo,
        p.municipalityId,
        p.enrolledAt,
      ]),
    ).toEqual([
      ["IMP-1", "Amina", "enrolled", "A2", stableId(`user:${JONAS}`), stableId("org:bergen-kommune"), "2026-09-01"],
      ["IMP-2", "Tesfay", "enrolled", "B1", stableId(`user:${LEYLA}`), stableId("org:bergen-kommune"), "2026-08-15"],
    ]);
    const changes = await h.db
      .select()
      .from(participantStatusChanges)
      .where(
        inArray(
          participantStatusChanges.participantId,
          rows.map((p) => p.id),
        ),
      );
    expect(changes).toHaveLength(2);
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.action, "participant.import"));
    expect(audit.filter((a) => a.participantId).map((a) => a.details)).toEqual(
      expect.arrayContaining([
        { mode: "create", line: 2 },
        { mode: "create", line: 3 },
      ]),
    );
    expect(audit.find((a) => a.participantId === null)?.details).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 1,
    });
  });

  it("re-importing the same file changes nothing and creates no duplicates", async () => {
    await previewAndImport(JONAS, FILE);
    const before = await imported();
    const again = await previewAndImport(JONAS, FILE);
    expect(again.report.counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 1 });
    expect(again.outcome).toEqual({ status: "imported", result: { created: 0, updated: 0, unchanged: 2, skipped: 1 } });
    expect(await imported()).toEqual(before);
  });

  it("updates by case number only what the file changes, with version and audit of the field names", async () => {
    await previewAndImport(JONAS, FILE);
    await h.db.update(participants).set({ phone: "+47 912 34 567" }).where(eq(participants.externalId, "IMP-1"));
    const changed = FILE.replace("i program;A2", "permisjon;B1");
    const { report, outcome } = await previewAndImport(JONAS, changed);
    expect(report.rows[0]).toEqual({
      line: 2,
      externalId: "IMP-1",
      name: "Amina Yusuf",
      outcome: "update",
      changed: ["norwegianSpeaking", "status"],
    });
    expect(outcome).toMatchObject({ status: "imported", result: { created: 0, updated: 1, unchanged: 1 } });
    const [amina] = await imported();
    expect([amina.status, amina.norwegianSpeaking, amina.phone, amina.version]).toEqual([
      "on_leave",
      "B1",
      "+47 912 34 567",
      2,
    ]);
    const statuses = await h.db
      .select()
      .from(participantStatusChanges)
      .where(eq(participantStatusChanges.participantId, amina.id));
    expect(statuses.map((s) => [s.fromStatus, s.toStatus])).toEqual(expect.arrayContaining([["enrolled", "on_leave"]]));
    const [entry] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.participantId, amina.id), sql`${auditLog.details}->>'mode' = 'update'`));
    expect(entry.details).toEqual({ mode: "update", line: 2, fields: ["norwegianSpeaking", "status"] });
  });

  it("writes nothing when a participant was saved after the preview, and shows the new preview", async () => {
    await previewAndImport(JONAS, FILE);
    const ctx = await ctxFor(h.db, JONAS);
    const changed = FILE.replace("i program;A2", "permisjon;A2");
    const report = await previewImport(ctx, changed, NOW);
    // A colleague saves Amina's record between preview and import.
    await h.db
      .update(participants)
      .set({ version: sql`${participants.version} + 1`, area: "Fana" })
      .where(eq(participants.externalId, "IMP-1"));
    const auditBefore = await auditCount();
    const outcome = await runImport(ctx, changed, report.fingerprint, NOW);
    expect(outcome.status).toBe("changed");
    expect((await imported())[0].status).toBe("enrolled");
    expect(await auditCount()).toBe(auditBefore);
  });

  it("refuses a fingerprint from another file", async () => {
    const ctx = await ctxFor(h.db, JONAS);
    const other = await previewImport(ctx, FILE.replace("IMP-1", "IMP-9"), NOW);
    expect((await runImport(ctx, FILE, other.fingerprint, NOW)).status).toBe("changed");
    expect(await imported()).toEqual([]);
  });

  it("keeps municipalities apart: Trondheim's import never sees or touches Bergen's participants", async () => {
    await previewAndImport(JONAS, FILE);
    const { report, outcome } = await previewAndImport(HENRIK, FILE);
    // Same case numbers, other municipality: new records there; Leyla is not Trondheim staff.
    expect(report.rows.map((r) => r.outcome)).toEqual(["create", "error", "error"]);
    expect(report.rows[1].errors).toEqual([{ column: "staffEmail", code: "staffUnknown", detail: LEYLA }]);
    expect(outcome).toMatchObject({ status: "imported", result: { created: 1 } });
    const rows = await imported();
    expect(rows.filter((p) => p.municipalityId === stableId("org:bergen-kommune"))).toHaveLength(2);
    expect(
      rows
        .filter((p) => p.municipalityId === stableId("org:trondheim-kommune"))
        .map((p) => [p.externalId, p.assignedTo]),
    ).toEqual([["IMP-1", stableId(`user:${HENRIK}`)]]);
  });

  it("never updates, versions or audits another municipality's participants, whatever the file says", async () => {
    await previewAndImport(JONAS, FILE);
    const bergen = stableId("org:bergen-kommune");
    // Someone Bergen registered by hand: the same name in Trondheim is not a duplicate there.
    const dates = { programmeStart: "2026-01-01", programmeEnd: "2027-01-01", enrolledAt: "2026-01-01" };
    await h.db
      .insert(participants)
      .values({ municipalityId: bergen, firstName: "Olena", lastName: "Hånd", birthYear: 1979, ...dates });
    const bergenRows = async () =>
      h.db.select().from(participants).where(eq(participants.municipalityId, bergen)).orderBy(participants.id);
    const before = await bergenRows();
    const bergenIds = before.map((p) => p.id);
    const history = async () =>
      [
        (await h.db.select().from(auditLog).where(inArray(auditLog.participantId, bergenIds))).length,
        (
          await h.db
            .select()
            .from(participantStatusChanges)
            .where(inArray(participantStatusChanges.participantId, bergenIds))
        ).length,
      ] as const;
    const historyBefore = await history();
    const changed = [
      HEADER,
      "IMP-1;Amina;Yusuf;1991;01.09.2026;31.08.2028;permisjon;C1;",
      "IMP-2;Tesfay;Haile;1986;15.08.2026;14.08.2027;fullført;A1;",
      "IMP-9;Olena;Hånd;1979;01.09.2026;31.08.2027;;;",
    ].join("\n");
    const { report, outcome } = await previewAndImport(HENRIK, changed);
    expect(report.rows.map((r) => r.outcome)).toEqual(["create", "create", "create"]);
    expect(outcome).toMatchObject({ status: "imported", result: { created: 3, updated: 0 } });
    expect(await bergenRows()).toEqual(before);
    expect(await history()).toEqual(historyBefore);
  });

  it("refuses rows for someone registered by hand without a case number, and for anonymized participants", async () => {
    const bergen = stableId("org:bergen-kommune");
    const base = {
      municipalityId: bergen,
      birthYear: 1991,
      programmeStart: "2026-01-01",
      programmeEnd: "2027-01-01",
      enrolledAt: "2026-01-01",
    };
    await h.db.insert(participants).values([
      { ...base, firstName: "Amina", lastName: "Yusuf" },
      { ...base, firstName: "Anonym", lastName: "Anonym", birthYear: 1986, externalId: "IMP-2", anonymizedAt: NOW },
    ]);
    const report = await previewImport(await ctxFor(h.db, JONAS), FILE, NOW);
    expect(report.rows.map((r) => r.errors?.[0]?.code)).toEqual(["possibleDuplicate", "anonymized", "required"]);
    expect(report.counts.create).toBe(0);
  });

  it("leaves new participants unassigned when an admin imports them without a named staff member", async () => {
    await previewAndImport(RAGNHILD, FILE);
    expect((await imported()).map((p) => p.assignedTo)).toEqual([null, stableId(`user:${LEYLA}`)]);
  });

  it("reports a file it cannot read instead of guessing", async () => {
    const total = async () => (await h.db.select({ n: count() }).from(participants))[0].n;
    const before = await total();
    const report = await previewImport(await ctxFor(h.db, JONAS), "navn;alder\nAmina;35", NOW);
    expect(report.problem).toEqual({
      code: "missingColumns",
      columns: ["externalId", "firstName", "lastName", "birthYear", "programmeStart", "programmeEnd"],
    });
    expect(report.rows).toEqual([]);
    expect(await total()).toBe(before);
  });
});
