import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { associationMembers, organizations } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { orgNumberCheckDigit } from "@/lib/organizations/rules";
import { listMembers, memberSegments, previewMemberImport, runMemberImport } from "./data";

let h: DbHandle;
let marit: Ctx;
let ingvild: Ctx;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
  marit = await ctxFor(h.db, "marit@naeringsforum-bergen.example");
  ingvild = await ctxFor(h.db, "ingvild@naeringsforum-trondheim.example");
});
afterAll(async () => h.close());

const BERGEN = stableId("org:bergen-naering");
const HEADER = "organisasjonsnummer;navn;bransje;størrelse;kontaktperson;e-post;medlem siden";

/** Valid made-up organization numbers starting with 8 (not used by the seed). */
function orgNumbers(count: number, start = 81_000_000): string[] {
  const out: string[] = [];
  for (let n = start; out.length < count; n++) {
    const check = orgNumberCheckDigit(String(n));
    if (check !== null) out.push(`${n}${check}`);
  }
  return out;
}

async function importCsv(ctx: Ctx, csv: string) {
  const report = await previewMemberImport(ctx, csv);
  return { report, outcome: await runMemberImport(ctx, csv, report.fingerprint) };
}

const memberCount = async (associationId: string) =>
  (
    await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(associationMembers)
      .where(eq(associationMembers.associationId, associationId))
  )[0].n;

describe("member directory", () => {
  it("lists only the caller's association's members, filtered and counted per segment", async () => {
    const all = await listMembers(marit, { page: 1, pageSize: 100 });
    expect(all.total).toBe(await memberCount(BERGEN));
    expect(all.total).toBeGreaterThan(0);
    const trondheim = await listMembers(ingvild, { page: 1, pageSize: 100 });
    const bergenIds = new Set(all.rows.map((r) => r.employerId));
    expect(trondheim.rows.some((r) => bergenIds.has(r.employerId))).toBe(false);

    const industry = all.rows[0].industry!;
    const filtered = await listMembers(marit, { industry, page: 1, pageSize: 100 });
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.every((r) => r.industry === industry)).toBe(true);
    const byName = await listMembers(marit, { q: all.rows[0].name.slice(0, 6), page: 1, pageSize: 100 });
    expect(byName.rows.map((r) => r.id)).toContain(all.rows[0].id);

    const segments = await memberSegments(marit);
    expect(segments.reduce((a, s) => a + s.members, 0)).toBe(all.total);
  });

  it("has no member list for anyone but association staff", async () => {
    const jonas = await ctxFor(h.db, "jonas.kvamsdal@bergen.kommune.example");
    await expect(listMembers(jonas, { page: 1, pageSize: 10 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewMemberImport(jonas, `${HEADER}\n`)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("member list import", () => {
  it("creates new companies and members, updates known ones, and never duplicates on re-import", async () => {
    const [a, b] = orgNumbers(2);
    const [fjordkanten] = await h.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, stableId("org:bergen-employer-1")));
    const before = await memberCount(BERGEN);
    const csv = [
      HEADER,
      `${a};Importtest Bygg AS;Bygg og anlegg;10-49;Kari Test;Kari@Importtest.example;01.02.2020`,
      `${b};Importtest Renhold AS;renhold;1-9;;;`,
      `${fjordkanten.orgNumber};;;;Torstein;torstein@fjordkanten-bygg.example;`,
    ].join("\n");
    const first = await importCsv(marit, csv);
    expect(first.report.counts).toMatchObject({ error: 0 });
    expect(first.outcome).toMatchObject({ status: "imported" });

    const [created] = await h.db.select().from(organizations).where(eq(organizations.orgNumber, a));
    expect(created).toMatchObject({
      kind: "employer",
      name: "Importtest Bygg AS",
      city: "Bergen",
      industry: "construction",
      sizeBand: "10-49",
    });
    const [member] = await h.db
      .select()
      .from(associationMembers)
      .where(and(eq(associationMembers.employerId, created.id), eq(associationMembers.associationId, BERGEN)));
    expect(member).toMatchObject({
      contactName: "Kari Test",
      contactEmail: "kari@importtest.example",
      memberSince: "2020-02-01",
    });
    const [fk] = await h.db
      .select()
      .from(associationMembers)
      .where(and(eq(associationMembers.employerId, fjordkanten.id), eq(associationMembers.associationId, BERGEN)));
    expect(fk.contactEmail).toBe("torstein@fjordkanten-bygg.example");

    const afterFirst = await memberCount(BERGEN);
    expect(afterFirst).toBeGreaterThanOrEqual(before + 2);
    // The same file again changes nothing; a changed cell updates, an empty one never erases.
    expect((await importCsv(marit, csv)).report.counts).toEqual({ create: 0, update: 0, unchanged: 3, error: 0 });
    const changed = csv.replace("Kari Test;Kari@Importtest.example", "Per Test;");
    const again = await importCsv(marit, changed);
    expect(again.report.counts).toEqual({ create: 0, update: 1, unchanged: 2, error: 0 });
    const [updated] = await h.db.select().from(associationMembers).where(eq(associationMembers.id, member.id));
    expect(updated).toMatchObject({ contactName: "Per Test", contactEmail: "kari@importtest.example" });
    expect(await memberCount(BERGEN)).toBe(afterFirst);
    expect((await h.db.select().from(organizations).where(eq(organizations.orgNumber, a))).length).toBe(1);
  });

  it("imports the good rows of a file with bad ones, and reports the bad ones", async () => {
    const [c] = orgNumbers(1, 82_000_000);
    const report = await previewMemberImport(marit, `${HEADER}\n123456789;Feil AS;;;;;\n${c};Gode AS;;;;;\n`);
    expect(report.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 1 });
    expect(report.rows[0]).toMatchObject({
      line: 2,
      outcome: "error",
      errors: [{ column: "orgNumber", code: "orgNumber" }],
    });
  });

  it("refuses to import a plan that changed after the preview", async () => {
    const [d] = orgNumbers(1, 83_000_000);
    const csv = `${HEADER}\n${d};Endret AS;;;;;\n`;
    const outcome = await runMemberImport(marit, csv, "0".repeat(64));
    expect(outcome.status).toBe("changed");
    expect((await h.db.select().from(organizations).where(eq(organizations.orgNumber, d))).length).toBe(0);
  });

  it("writes nothing at all when a write fails half-way", async () => {
    const [e, f] = orgNumbers(2, 84_000_000);
    const csv = `${HEADER}\n${e};Rulles tilbake AS;;;;;\n${f};Feiler AS;;;FAIL;;\n`;
    const report = await previewMemberImport(marit, csv);
    await h.db.execute(
      sql`alter table association_members add constraint test_fail check (contact_name is distinct from 'FAIL')`,
    );
    try {
      await expect(runMemberImport(marit, csv, report.fingerprint)).rejects.toThrow();
    } finally {
      await h.db.execute(sql`alter table association_members drop constraint test_fail`);
    }
    expect((await h.db.select().from(organizations).where(eq(organizations.orgNumber, e))).length).toBe(0);
  });

  it("makes a company a member of the importing association only", async () => {
    const [g] = orgNumbers(1, 85_000_000);
    await importCsv(ingvild, `${HEADER}\n${g};Trondheim Import AS;;;;;\n`);
    const [org] = await h.db.select().from(organizations).where(eq(organizations.orgNumber, g));
    expect(org.city).toBe("Trondheim");
    const rows = await h.db.select().from(associationMembers).where(eq(associationMembers.employerId, org.id));
    expect(rows.map((r) => r.associationId)).toEqual([stableId("org:trondheim-naering")]);
  });
});
