import { describe, expect, it } from "vitest";
import { memberTemplateCsv, parseSizeBand } from "./columns";
import {
  checkMemberRow,
  markDuplicateOrgNumbers,
  memberPlanSignature,
  parseMemberCsv,
  planMemberRow,
  toMemberReportRow,
  type KnownOrganization,
} from "./rules";

const HEADER = "organisasjonsnummer;navn;bransje;størrelse;kontaktperson;e-post;medlem siden";
const rowsOf = (csv: string) => {
  const f = parseMemberCsv(csv);
  if (!f.ok) throw new Error(f.problem.code);
  return markDuplicateOrgNumbers(f.rows.map((r) => checkMemberRow(r, f.headerCount)));
};

describe("reading a member list", () => {
  it("reads the example file it offers, Norwegian labels included", () => {
    const [a, b] = rowsOf(memberTemplateCsv());
    expect(a.errors).toEqual([]);
    expect(a.values).toEqual({
      orgNumber: "974760673",
      name: "Eksempel Bygg AS",
      industry: "construction",
      sizeBand: "10-49",
      contactName: "Kari Nordmann",
      contactEmail: "kari@eksempel-bygg.example",
      memberSince: "2021-03-01",
    });
    expect(b.values).toMatchObject({ industry: "cleaning", sizeBand: "1-9" });
    expect(b.values).not.toHaveProperty("contactName");
  });

  it("accepts other header spellings and commas", () => {
    const [r] = rowsOf("Org.nr,Bedrift,E-post\n974 760 673,Eksempel AS,POST@Eksempel.example\n");
    expect(r.values).toEqual({ orgNumber: "974760673", name: "Eksempel AS", contactEmail: "post@eksempel.example" });
  });

  it("names the problem of a file it cannot read", () => {
    expect(parseMemberCsv("")).toEqual({ ok: false, problem: { code: "empty" } });
    expect(parseMemberCsv("navn;e-post\nA;a@b.no")).toEqual({
      ok: false,
      problem: { code: "missingColumns", columns: ["orgNumber"] },
    });
    expect(parseMemberCsv("orgnr;org_nr\n1;2")).toEqual({
      ok: false,
      problem: { code: "duplicateColumns", columns: ["orgNumber"] },
    });
    expect(parseMemberCsv('orgnr;navn\n"974760673;A\n')).toMatchObject({ ok: false, problem: { code: "malformed" } });
  });

  it("reports each bad cell with its column, and shifted rows as a whole", () => {
    const [bad, short] = rowsOf(`${HEADER}\n974760674;A;Gruvedrift;tusen;;ikke-epost;32.13.2020\n974760673;B\n`);
    expect(bad.errors.map((e) => [e.column, e.code])).toEqual([
      ["orgNumber", "orgNumber"],
      ["industry", "industry"],
      ["sizeBand", "sizeBand"],
      ["contactEmail", "email"],
      ["memberSince", "date"],
    ]);
    expect(short.errors).toEqual([{ column: null, code: "cellCount", detail: "2/7" }]);
  });

  it("refuses both rows of an organization number that appears twice", () => {
    const rows = rowsOf("orgnr;navn\n974760673;A\n974 760 673;B\n914778271;C\n");
    expect(rows.map((r) => r.errors.map((e) => e.code))).toEqual([["duplicateInFile"], ["duplicateInFile"], []]);
    expect(rows[0].errors[0].detail).toBe("3");
  });

  it("reads size bands however they are written", () => {
    expect(parseSizeBand("10–49 ansatte")).toBe("10-49");
    expect(parseSizeBand("250 eller flere")).toBe("250+");
    expect(parseSizeBand("50 - 249")).toBe("50-249");
    expect(parseSizeBand("stor")).toBeUndefined();
  });
});

describe("planning the import", () => {
  const CITY = "Bergen";
  const known = (over: Partial<KnownOrganization> = {}): Map<string, KnownOrganization> =>
    new Map([
      [
        "974760673",
        {
          id: "org1",
          kind: "employer",
          city: CITY,
          name: "Gamle navn AS",
          industry: "construction",
          sizeBand: "10-49",
          member: null,
          ...over,
        },
      ],
    ]);
  const row = (csv: string) => rowsOf(`orgnr;navn;bransje;kontaktperson;e-post\n${csv}\n`)[0];
  const plan = (csv: string, k: Map<string, KnownOrganization>) => planMemberRow(row(csv), k, CITY);

  it("creates an unknown company only when the file names it", () => {
    expect(plan("914778271;Ny AS;;;", new Map())).toMatchObject({ outcome: "create", employerId: null, proposed: [] });
    expect(plan("914778271;;;;", new Map())).toMatchObject({
      outcome: "error",
      errors: [{ column: "name", code: "nameForNew" }],
    });
  });

  it("makes a known employer of the city a member, and only proposes changes to its profile", () => {
    const p = plan("974760673;Nytt navn AS;Renhold;;", known());
    expect(p).toEqual({
      line: 2,
      orgNumber: "974760673",
      name: "Gamle navn AS",
      outcome: "create",
      employerId: "org1",
      values: { orgNumber: "974760673", name: "Nytt navn AS", industry: "cleaning" },
      proposed: [
        { field: "name", current: "Gamle navn AS", file: "Nytt navn AS" },
        { field: "industry", current: "construction", file: "cleaning" },
      ],
    });
    expect(toMemberReportRow(p)).toMatchObject({ outcome: "create", existing: true, proposed: [{}, {}] });
  });

  it("proposes a value for a profile field the employer left empty, without planning to write it", () => {
    expect(plan("974760673;;Renhold;;", known({ industry: null }))).toMatchObject({
      proposed: [{ field: "industry", current: null, file: "cleaning" }],
    });
  });

  it("updates only a member's membership fields; profile differences stay proposals", () => {
    const member = { id: "m1", contactName: "Kari", contactEmail: "kari@a.no", memberSince: null };
    expect(plan("974760673;;;Kari;kari@a.no", known({ member }))).toEqual({
      line: 2,
      orgNumber: "974760673",
      name: "Gamle navn AS",
      outcome: "unchanged",
      proposed: [],
    });
    const renamedOnly = plan("974760673;Nytt navn AS;;Kari;kari@a.no", known({ member }));
    expect(renamedOnly).toMatchObject({
      outcome: "unchanged",
      proposed: [{ field: "name", current: "Gamle navn AS", file: "Nytt navn AS" }],
    });
    expect(toMemberReportRow(renamedOnly)).toMatchObject({ outcome: "unchanged", proposed: [{ field: "name" }] });
    expect(plan("974760673;Nytt navn AS;;;ola@a.no", known({ member }))).toMatchObject({
      outcome: "update",
      memberPatch: { contactEmail: "ola@a.no" },
      changed: ["contactEmail"],
      proposed: [{ field: "name", file: "Nytt navn AS" }],
    });
  });

  it("neither links nor describes an organization registered in another municipality", () => {
    const member = { id: "m1", contactName: null, contactEmail: null, memberSince: null };
    for (const other of [known({ city: "Trondheim" }), known({ city: "Trondheim", member, kind: "municipality" })]) {
      const p = plan("974760673;Nytt navn AS;Renhold;Kari;", other);
      expect(p).toEqual({
        line: 2,
        orgNumber: "974760673",
        name: "Nytt navn AS",
        outcome: "error",
        errors: [{ column: "orgNumber", code: "otherMunicipality" }],
      });
      expect(JSON.stringify(toMemberReportRow(p))).not.toMatch(/Gamle navn|Trondheim|org1|m1/);
    }
  });

  it("refuses an organization number that belongs to a municipality or association", () => {
    expect(plan("974760673;;;;", known({ kind: "municipality", name: "Bergen kommune" }))).toMatchObject({
      outcome: "error",
      errors: [{ code: "notEmployer", detail: "Bergen kommune" }],
    });
  });

  it("fingerprints what is written, not the proposals", () => {
    const a = plan("974760673;Nytt navn AS;;;", known());
    const b = plan("974760673;Nytt navn AS;;;", known({ name: "Endret av bedriften AS" }));
    expect(memberPlanSignature([a])).toBe(memberPlanSignature([b]));
    expect(memberPlanSignature([a])).not.toBe(memberPlanSignature([plan("974760673;;;;ola@a.no", known())]));
  });
});
