// A member-list import links employers but never writes their profile: an employer keeps its own
// name, industry and size, and one registered in another municipality is not even linked.
import { and, eq, ne, notInArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { associationMembers, organizations } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import type { Ctx } from "@/lib/auth/session";
import { previewMemberImport, runMemberImport } from "./data";

let h: DbHandle;
let marit: Ctx;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
  marit = await ctxFor(h.db, "marit@naeringsforum-bergen.example");
});
afterAll(async () => h.close());

const BERGEN = stableId("org:bergen-naering");
const HEADER = "organisasjonsnummer;navn;bransje;størrelse;kontaktperson;e-post;medlem siden";

async function importCsv(ctx: Ctx, csv: string) {
  const report = await previewMemberImport(ctx, csv);
  return { report, outcome: await runMemberImport(ctx, csv, report.fingerprint) };
}

const orgById = async (id: string) => (await h.db.select().from(organizations).where(eq(organizations.id, id)))[0];
const membershipsOf = (employerId: string) =>
  h.db
    .select()
    .from(associationMembers)
    .where(and(eq(associationMembers.associationId, BERGEN), eq(associationMembers.employerId, employerId)));

/** An employer of the city that is not a member of the Bergen association, and differs from the files below. */
async function employerOf(city: string) {
  const members = h.db
    .select({ id: associationMembers.employerId })
    .from(associationMembers)
    .where(eq(associationMembers.associationId, BERGEN));
  const [org] = await h.db
    .select()
    .from(organizations)
    .where(
      and(
        eq(organizations.kind, "employer"),
        eq(organizations.city, city),
        notInArray(organizations.id, members),
        ne(organizations.industry, "cleaning"),
        ne(organizations.sizeBand, "250+"),
      ),
    )
    .orderBy(organizations.orgNumber)
    .limit(1);
  return org;
}

describe("member import and employer profiles", () => {
  it("neither changes nor links an employer of another municipality, and does not name it", async () => {
    const trondheim = await employerOf("Trondheim");
    const csv = `${HEADER}\n${trondheim.orgNumber};Overtatt AS;Renhold;250+;Kari;kari@overtatt.example;01.01.2020\n`;
    const { report, outcome } = await importCsv(marit, csv);
    expect(report.counts).toEqual({ create: 0, update: 0, unchanged: 0, error: 1 });
    expect(report.rows).toEqual([
      {
        line: 2,
        orgNumber: trondheim.orgNumber,
        name: "Overtatt AS",
        outcome: "error",
        errors: [{ column: "orgNumber", code: "otherMunicipality" }],
      },
    ]);
    expect(JSON.stringify(report)).not.toContain(trondheim.name);
    expect(outcome).toMatchObject({ status: "imported", result: { created: 0, updated: 0, skipped: 1 } });
    expect(await orgById(trondheim.id)).toEqual(trondheim);
    expect(await membershipsOf(trondheim.id)).toEqual([]);
  });

  it("leaves a membership of another municipality's employer alone, whatever the file says", async () => {
    // Earlier imports could link across municipalities; such a row is not the import's to change.
    const trondheim = await employerOf("Trondheim");
    await h.db.insert(associationMembers).values({ associationId: BERGEN, employerId: trondheim.id });
    const [before] = await membershipsOf(trondheim.id);
    const { report } = await importCsv(marit, `${HEADER}\n${trondheim.orgNumber};;;;Kari;kari@ny.example;\n`);
    expect(report.rows[0]).toMatchObject({ outcome: "error", errors: [{ code: "otherMunicipality" }] });
    expect(await membershipsOf(trondheim.id)).toEqual([before]);
    expect(await orgById(trondheim.id)).toEqual(trondheim);
    await h.db.delete(associationMembers).where(eq(associationMembers.id, before.id));
  });

  it("links an employer of the city, lists the profile differences as proposals, and applies none", async () => {
    const bergen = await employerOf("Bergen");
    const csv = `${HEADER}\n${bergen.orgNumber};Nytt Navn AS;Renhold;250+;Kari Test;kari@test.example;01.02.2020\n`;
    const { report, outcome } = await importCsv(marit, csv);
    expect(report.rows).toEqual([
      {
        line: 2,
        orgNumber: bergen.orgNumber,
        name: bergen.name,
        outcome: "create",
        existing: true,
        proposed: [
          { field: "name", current: bergen.name, file: "Nytt Navn AS" },
          { field: "industry", current: bergen.industry, file: "cleaning" },
          { field: "sizeBand", current: bergen.sizeBand, file: "250+" },
        ],
      },
    ]);
    expect(outcome).toMatchObject({ status: "imported", result: { created: 1 } });
    expect(await orgById(bergen.id)).toEqual(bergen);
    const [member] = await membershipsOf(bergen.id);
    expect(member).toMatchObject({
      contactName: "Kari Test",
      contactEmail: "kari@test.example",
      memberSince: "2020-02-01",
    });

    // Again: still proposals only, and no second membership.
    const again = await importCsv(marit, csv);
    expect(again.report.counts).toEqual({ create: 0, update: 0, unchanged: 1, error: 0 });
    expect(again.report.rows[0].proposed).toHaveLength(3);
    expect(await membershipsOf(bergen.id)).toEqual([member]);

    // The association's own membership data stays the association's to update.
    const changed = csv.replace("Kari Test;kari@test.example;01.02.2020", "Per Test;;01.03.2021");
    const third = await importCsv(marit, changed);
    expect(third.report.rows[0]).toMatchObject({ outcome: "update", changed: ["contactName", "memberSince"] });
    expect(await membershipsOf(bergen.id)).toEqual([{ ...member, contactName: "Per Test", memberSince: "2021-03-01" }]);
    expect(await orgById(bergen.id)).toEqual(bergen);
  });

  it("imports what was previewed even when the employer edits its profile in between", async () => {
    const bergen = await employerOf("Bergen");
    const csv = `${HEADER}\n${bergen.orgNumber};Fra filen AS;;;;;\n`;
    const report = await previewMemberImport(marit, csv);
    await h.db.update(organizations).set({ name: "Endret av bedriften AS" }).where(eq(organizations.id, bergen.id));
    const outcome = await runMemberImport(marit, csv, report.fingerprint);
    expect(outcome).toMatchObject({ status: "imported", result: { created: 1 } });
    expect((await orgById(bergen.id)).name).toBe("Endret av bedriften AS");
    expect(await membershipsOf(bergen.id)).toHaveLength(1);
  });
});
