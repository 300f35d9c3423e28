import { describe, expect, it } from "vitest";
import { normalizeHeader } from "@/lib/csv/headers";
import { COLUMNS, columnForHeader, templateCsv } from "./columns";
import { checkRow, detectDelimiter, markDuplicates, parseCsvFile, parseDate, type RawRow } from "./rules";

const HEADER = "saksnummer;fornavn;etternavn;fødselsår;programstart;programslutt";
const ok = (text: string) => {
  const f = parseCsvFile(text);
  if (!f.ok) throw new Error(`expected a parsed file, got ${JSON.stringify(f.problem)}`);
  return f;
};

describe("headers", () => {
  it("matches the template's headers and other spellings of them", () => {
    expect(normalizeHeader(" Fødselsår ")).toBe("fodselsar");
    expect(columnForHeader("FØDSELSÅR")).toBe("birthYear");
    expect(columnForHeader("birth_year")).toBe("birthYear");
    expect(columnForHeader("E-post")).toBe("email");
    expect(columnForHeader("Veileder e-post")).toBe("staffEmail");
    expect(columnForHeader("landbakgrunn")).toBeUndefined();
  });

  it("picks the delimiter the header line uses", () => {
    expect(detectDelimiter("a;b;c")).toBe(";");
    expect(detectDelimiter("a,b,c")).toBe(",");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("saksnummer")).toBe(",");
  });
});

describe("parseCsvFile", () => {
  it("reads rows with their line numbers, skips blank lines and lists ignored columns", () => {
    const f = ok(
      `\uFEFF${HEADER};landbakgrunn\r\n1;Amina;Yusuf;1991;01.09.2026;31.08.2028;Somalia\r\n;;;;;;\r\n\r\n2;Tesfay;Haile;1986;2026-08-15;2027-08-14;Eritrea\r\n`,
    );
    expect(f.rows.map((r) => [r.line, r.cells.externalId, r.cells.firstName])).toEqual([
      [2, "1", "Amina"],
      [5, "2", "Tesfay"],
    ]);
    expect(f.ignoredHeaders).toEqual(["landbakgrunn"]);
    expect(f.rows[0].cells).not.toHaveProperty("landbakgrunn");
  });

  it("numbers a row by the line it starts on when a quoted cell spans lines", () => {
    const f = ok(
      `${HEADER};bydel\n1;"Amina\nMaryam";Yusuf;1991;01.09.2026;31.08.2028;Fana\n2;Tesfay;Haile;1986;15.08.2026;14.08.2027;Åsane`,
    );
    expect(f.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(f.rows[1].cells.area).toBe("Åsane");
  });

  it("refuses a file without the required columns and says which", () => {
    expect(parseCsvFile("saksnummer,fornavn,etternavn\n1,A,B")).toEqual({
      ok: false,
      problem: { code: "missingColumns", columns: ["birthYear", "programmeStart", "programmeEnd"] },
    });
  });

  it("refuses two columns that mean the same thing", () => {
    expect(parseCsvFile(`${HEADER};epost;e-post\n`)).toEqual({
      ok: false,
      problem: { code: "duplicateColumns", columns: ["email"] },
    });
  });

  it("refuses an empty file, a file with only a header, and a broken quote", () => {
    expect(parseCsvFile(" \n")).toEqual({ ok: false, problem: { code: "empty" } });
    expect(parseCsvFile(`${HEADER}\n;;;;;\n`)).toEqual({ ok: false, problem: { code: "empty" } });
    expect(parseCsvFile(`${HEADER}\n1;"Amina;Yusuf;1991;01.09.2026;31.08.2028`)).toMatchObject({
      ok: false,
      problem: { code: "malformed" },
    });
  });
});

describe("checkRow", () => {
  const row = (cells: RawRow["cells"], cellCount = 6): RawRow => ({
    line: 2,
    cellCount,
    cells: {
      externalId: "1",
      firstName: "Amina",
      lastName: "Yusuf",
      birthYear: "1991",
      programmeStart: "01.09.2026",
      programmeEnd: "31.08.2028",
      ...cells,
    },
  });

  it("converts Norwegian values to Lagspill's", () => {
    const r = checkRow(
      row({
        status: "Permisjon",
        programmeTrack: "Fagbrev",
        educationLevel: "videregående",
        norwegianSpeaking: "b1",
        email: "Amina@Example.com",
        staffEmail: "",
      }),
      6,
      2026,
    );
    expect(r.errors).toEqual([]);
    expect(r.values).toEqual({
      externalId: "1",
      firstName: "Amina",
      lastName: "Yusuf",
      birthYear: 1991,
      programmeStart: "2026-09-01",
      programmeEnd: "2028-08-31",
      status: "on_leave",
      programmeTrack: "trade_certificate",
      educationLevel: "secondary",
      norwegianSpeaking: "B1",
      email: "amina@example.com",
    });
  });

  it("says what is wrong with each cell, and imports nothing from the row", () => {
    const r = checkRow(
      row({
        firstName: "",
        birthYear: "91",
        programmeStart: "31.02.2026",
        status: "ukjent",
        norwegianReading: "B1+",
        phone: "12",
      }),
      6,
      2026,
    );
    expect(r.values).toBeNull();
    expect(r.errors).toEqual([
      { column: "firstName", code: "required" },
      { column: "birthYear", code: "birthYear", detail: "91" },
      { column: "programmeStart", code: "date", detail: "31.02.2026" },
      { column: "status", code: "status", detail: "ukjent" },
      { column: "phone", code: "phone", detail: "12" },
      { column: "norwegianReading", code: "cefr", detail: "B1+" },
    ]);
  });

  it("refuses a programme that ends before it starts", () => {
    expect(checkRow(row({ programmeEnd: "01.09.2026" }), 6, 2026).errors).toEqual([
      { column: "programmeEnd", code: "endBeforeStart" },
    ]);
  });

  it("refuses a row whose cells do not line up with the header", () => {
    expect(checkRow(row({}, 5), 6, 2026)).toMatchObject({
      values: null,
      errors: [{ column: null, code: "cellCount", detail: "5/6" }],
    });
  });

  it("reads Norwegian and ISO dates and rejects dates that do not exist", () => {
    expect(parseDate("1.9.2026")).toBe("2026-09-01");
    expect(parseDate("2026-09-01")).toBe("2026-09-01");
    expect(parseDate("29.02.2027")).toBeNull();
    expect(parseDate("09/01/2026")).toBeNull();
  });
});

describe("markDuplicates", () => {
  it("rejects every row that shares a case number with another row", () => {
    const f = ok(
      `${HEADER}\n7;A;A;1990;01.01.2026;01.01.2027\n8;B;B;1990;01.01.2026;01.01.2027\n7;C;C;1990;01.01.2026;01.01.2027`,
    );
    const rows = markDuplicates(f.rows.map((r) => checkRow(r, f.headerCount, 2026)));
    expect(rows.map((r) => [r.line, r.values === null, r.errors.map((e) => `${e.code}:${e.detail}`)])).toEqual([
      [2, true, ["duplicateInFile:4"]],
      [3, false, []],
      [4, true, ["duplicateInFile:2"]],
    ]);
  });
});

describe("the downloadable template", () => {
  it("is a file the import reads without a single error", () => {
    const f = ok(templateCsv());
    expect(f.ignoredHeaders).toEqual([]);
    expect(f.columns).toHaveLength(COLUMNS.length);
    const rows = f.rows.map((r) => checkRow(r, f.headerCount, 2026));
    expect(rows.map((r) => r.errors)).toEqual([[], []]);
    expect(rows[0].values).toMatchObject({
      status: "enrolled",
      programmeTrack: "work",
      educationLevel: "secondary",
      phone: "+47 912 34 567",
    });
  });
});
