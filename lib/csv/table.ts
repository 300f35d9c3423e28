// Reading an uploaded CSV table defensively: the delimiter Norwegian Excel or other systems use,
// the header mapped to known columns, each row's cells with the line a spreadsheet shows. Pure;
// every problem becomes a code that the import page explains. Shared by every CSV import.
import { parse, CsvError } from "csv-parse/sync";

export type FileProblem<K extends string> =
  | { code: "empty" }
  | { code: "malformed"; line: number }
  | { code: "tooManyRows"; rows: number }
  | { code: "missingColumns"; columns: K[] }
  | { code: "duplicateColumns"; columns: K[] };

export interface RawRow<K extends string> {
  /** The line in the file where the row starts, as a spreadsheet numbers it. */
  line: number;
  cells: Partial<Record<K, string>>;
  /** How many cells the row had compared with the header. */
  cellCount: number;
}

export type ParsedTable<K extends string> =
  | { ok: true; headerCount: number; columns: K[]; ignoredHeaders: string[]; rows: RawRow<K>[] }
  | { ok: false; problem: FileProblem<K> };

export interface TableSpec<K extends string> {
  columns: readonly { key: K; required?: boolean }[];
  columnForHeader: (header: string) => K | undefined;
  maxRows: number;
}

/** The delimiter of the header line: Norwegian Excel uses ";", most systems ",", some a tab. */
export function detectDelimiter(headerLine: string): string {
  const counts = [";", ",", "\t"].map((d) => [d, headerLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ",";
}

export function parseCsvTable<K extends string>(input: string, spec: TableSpec<K>): ParsedTable<K> {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return { ok: false, problem: { code: "empty" } };
  // NUL never occurs in a text CSV (a UTF-16 or spreadsheet file read as text is full of it),
  // and PostgreSQL text cannot store it: report the file instead of failing the import.
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return { ok: false, problem: { code: "malformed", line: text.slice(0, nul).split("\n").length } };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    const options = {
      delimiter: detectDelimiter(text.split("\n", 1)[0]),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    };
    // With info: true each record comes with where it was found; the typings do not say so.
    records = parse(text, options) as unknown as typeof records;
  } catch (err) {
    if (err instanceof CsvError)
      return {
        ok: false,
        problem: { code: "malformed", line: Number((err as CsvError & { lines?: number }).lines ?? 1) },
      };
    throw err;
  }
  const [header, ...body] = records;
  const headers = header.record.map((h) => h.trim());
  const keys = headers.map((h) => spec.columnForHeader(h) ?? null);
  const seen = new Set<K>();
  const duplicates = new Set<K>();
  for (const k of keys) if (k) (seen.has(k) ? duplicates : seen).add(k);
  if (duplicates.size) return { ok: false, problem: { code: "duplicateColumns", columns: [...duplicates] } };
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.key)).map((c) => c.key);
  if (missing.length) return { ok: false, problem: { code: "missingColumns", columns: missing } };

  const rows: RawRow<K>[] = [];
  for (const { record, info } of body) {
    // Spreadsheets export blank lines as ";;;;": not a row anyone meant to import.
    if (record.every((c) => c.trim() === "")) continue;
    // info.lines is where the record ends; quoted cells may span lines.
    const spanned = record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    const cells: RawRow<K>["cells"] = {};
    keys.forEach((k, i) => {
      if (k) cells[k] = (record[i] ?? "").trim();
    });
    rows.push({ line: info.lines - spanned, cells, cellCount: record.length });
  }
  if (rows.length === 0) return { ok: false, problem: { code: "empty" } };
  if (rows.length > spec.maxRows) return { ok: false, problem: { code: "tooManyRows", rows: rows.length } };
  return {
    ok: true,
    headerCount: headers.length,
    columns: [...seen],
    ignoredHeaders: headers.filter((h, i) => h && !keys[i]),
    rows,
  };
}
