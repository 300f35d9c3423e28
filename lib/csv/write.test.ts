import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./write";

describe("csvCell", () => {
  it("leaves a plain cell as it is", () => {
    expect(csvCell("Syria")).toBe("Syria");
    expect(csvCell("45,5 %")).toBe("45,5 %");
    expect(csvCell("")).toBe("");
  });

  it("quotes the delimiter, quotes and line breaks, doubling the quotes (RFC 4180)", () => {
    expect(csvCell('Bygg; "AS"')).toBe('"Bygg; ""AS"""');
    expect(csvCell("to\nlinjer")).toBe('"to\nlinjer"');
    expect(csvCell("to\r\nlinjer")).toBe('"to\r\nlinjer"');
    expect(csvCell('"')).toBe('""""');
  });

  it.each(["=HYPERLINK(1)", "+47", "-1", "@SUM(A1)", "\tx"])("neutralizes the formula start of %j", (v) => {
    expect(csvCell(v)).toBe(`'${v}`);
  });

  it("neutralizes first and then quotes, so the apostrophe sits inside the quotes", () => {
    expect(csvCell("=a;b")).toBe(`"'=a;b"`);
    expect(csvCell("\rx")).toBe(`"'\rx"`);
  });

  it("keeps a formula character that is not first", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("10-49")).toBe("10-49");
  });

  it("writes our own text as it is when asked", () => {
    expect(csvCell("+47 912 34 567", { escapeFormulas: false })).toBe("+47 912 34 567");
    expect(csvCell("a;b", { escapeFormulas: false })).toBe('"a;b"');
  });
});

describe("toCsv", () => {
  it("starts with a BOM and a header row, separates with semicolons and ends every line with CRLF", () => {
    const csv = toCsv(
      ["Kull", "Andel"],
      [
        ["2024", "45,5 %"],
        ["=cmd", 'a;"b"'],
      ],
    );
    expect(csv).toBe('\uFEFFKull;Andel\r\n2024;45,5 %\r\n\'=cmd;"a;""b"""\r\n');
  });

  it("escapes the header too", () => {
    expect(toCsv(["=a"], [])).toBe("\uFEFF'=a\r\n");
  });

  it("passes the option to every cell", () => {
    expect(toCsv(["telefon"], [["+47 1"]], { escapeFormulas: false })).toBe("\uFEFFtelefon\r\n+47 1\r\n");
  });
});
