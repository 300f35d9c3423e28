// Reading a case-system CSV export: the file, its header, and each row's values.
// Pure: no database, no next/*. Every problem becomes a code that the page explains.
import { parse, CsvError } from "csv-parse/sync";
import type { Cefr, EducationLevel, ParticipantStatus, ProgrammeTrack } from "@/db/schema/participants";
import {
  CEFR_VALUES,
  COLUMNS,
  EDUCATION_WORDS,
  MAX_ROWS,
  STATUS_WORDS,
  TRACK_WORDS,
  columnForHeader,
  type Column,
  type ColumnKey,
} from "./columns";

export type FileProblem =
  | { code: "empty" }
  | { code: "malformed"; line: number }
  | { code: "tooManyRows"; rows: number }
  | { code: "missingColumns"; columns: ColumnKey[] }
  | { code: "duplicateColumns"; columns: ColumnKey[] };

export interface RawRow {
  /** The line in the file where the row starts, as a spreadsheet numbers it. */
  line: number;
  cells: Partial<Record<ColumnKey, string>>;
  /** How many cells the row had compared with the header. */
  cellCount: number;
}

export type ParsedFile =
  | { ok: true; headerCount: number; columns: ColumnKey[]; ignoredHeaders: string[]; rows: RawRow[] }
  | { ok: false; problem: FileProblem };

/** The delimiter of the header line: Norwegian Excel uses ";", most systems ",", some a tab. */
export function detectDelimiter(headerLine: string): string {
  const counts = [";", ",", "\t"].map((d) => [d, headerLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ",";
}

export function parseCsvFile(input: string): ParsedFile {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return { ok: false, problem: { code: "empty" } };
  // NUL never occurs in a text CSV (a UTF-16 or spreadsheet file read as text is full of it),
  // and PostgreSQL text cannot store it: report the file instead of failing the import.
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return { ok: false, problem: { code: "malformed", line: text.slice(0, nul).split("\n").length } };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    const options = { delimiter: detectDelimiter(text.split("\n", 1)[0]), relax_column_count: true, skip_empty_lines: true, info: true };
    // With info: true each record comes with where it was found; the typings do not say so.
    records = parse(text, options) as unknown as typeof records;
  } catch (err) {
    if (err instanceof CsvError) return { ok: false, problem: { code: "malformed", line: Number((err as CsvError & { lines?: number }).lines ?? 1) } };
    throw err;
  }
  const [header, ...body] = records;
  const headers = header.record.map((h) => h.trim());
  const keys = headers.map((h) => columnForHeader(h) ?? null);
  const seen = new Set<ColumnKey>();
  const duplicates = new Set<ColumnKey>();
  for (const k of keys) if (k) (seen.has(k) ? duplicates : seen).add(k);
  if (duplicates.size) return { ok: false, problem: { code: "duplicateColumns", columns: [...duplicates] } };
  const missing = COLUMNS.filter((c) => c.required && !seen.has(c.key)).map((c) => c.key);
  if (missing.length) return { ok: false, problem: { code: "missingColumns", columns: missing } };

  const rows: RawRow[] = [];
  for (const { record, info } of body) {
    // Spreadsheets export blank lines as ";;;;": not a row anyone meant to import.
    if (record.every((c) => c.trim() === "")) continue;
    // info.lines is where the record ends; quoted cells may span lines.
    const spanned = record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    const cells: RawRow["cells"] = {};
    keys.forEach((k, i) => {
      if (k) cells[k] = (record[i] ?? "").trim();
    });
    rows.push({ line: info.lines - spanned, cells, cellCount: record.length });
  }
  if (rows.length === 0) return { ok: false, problem: { code: "empty" } };
  if (rows.length > MAX_ROWS) return { ok: false, problem: { code: "tooManyRows", rows: rows.length } };
  return { ok: true, headerCount: headers.length, columns: [...seen], ignoredHeaders: headers.filter((h, i) => h && !keys[i]), rows };
}

export type RowErrorCode =
  | "required"
  | "tooLong"
  | "birthYear"
  | "date"
  | "endBeforeStart"
  | "email"
  | "phone"
  | "status"
  | "track"
  | "education"
  | "cefr"
  | "cellCount"
  | "duplicateInFile"
  | "staffUnknown"
  | "anonymized"
  | "possibleDuplicate";

export interface RowError {
  column: ColumnKey | null;
  code: RowErrorCode;
  /** Shown in the message: the value that was not understood, or the other lines. */
  detail?: string;
}

/** A row's values in Lagspill's terms. Optional columns are absent when the cell is empty. */
export interface RowValues {
  externalId: string;
  firstName: string;
  lastName: string;
  birthYear: number;
  programmeStart: string;
  programmeEnd: string;
  status?: ParticipantStatus;
  programmeTrack?: ProgrammeTrack;
  email?: string;
  phone?: string;
  educationLevel?: EducationLevel;
  educationField?: string;
  norwegianReading?: Cefr;
  norwegianWriting?: Cefr;
  norwegianSpeaking?: Cefr;
  norwegianListening?: Cefr;
  area?: string;
  staffEmail?: string;
}

export type CheckedRow = { line: number; cells: RawRow["cells"]; values: RowValues | null; errors: RowError[] };

/** "31.08.2028", "31.8.2028" or "2028-08-31" → "2028-08-31"; null when not a real date. */
export function parseDate(value: string): string | null {
  const nb = value.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!nb && !iso) return null;
  const [d, mo, y] = nb ? [nb[1], nb[2], nb[3]].map(Number) : [iso![3], iso![2], iso![1]].map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function lookup<T extends string>(words: Record<T, string[]>, value: string): T | undefined {
  const v = value.trim().toLowerCase().replace(/\s+/g, " ");
  return (Object.keys(words) as T[]).find((k) => words[k].includes(v));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d ]{8,15}$/;

function convert(column: Column, raw: string, currentYear: number): { value: unknown } | { error: RowErrorCode } {
  if (column.max && raw.length > column.max) return { error: "tooLong" };
  switch (column.format) {
    case "text":
      return { value: raw };
    case "year": {
      const n = Number(raw);
      // The same limits as the registration form: adults of working age.
      return Number.isInteger(n) && n >= 1930 && n <= currentYear - 15 ? { value: n } : { error: "birthYear" };
    }
    case "date": {
      const d = parseDate(raw);
      return d ? { value: d } : { error: "date" };
    }
    case "email":
      return EMAIL.test(raw) ? { value: raw.toLowerCase() } : { error: "email" };
    case "phone":
      return PHONE.test(raw) ? { value: raw } : { error: "phone" };
    case "cefr": {
      const v = raw.toUpperCase() as Cefr;
      return CEFR_VALUES.includes(v) ? { value: v } : { error: "cefr" };
    }
    case "status": {
      const v = lookup(STATUS_WORDS, raw);
      return v ? { value: v } : { error: "status" };
    }
    case "track": {
      const v = lookup(TRACK_WORDS, raw);
      return v ? { value: v } : { error: "track" };
    }
    case "education": {
      const v = lookup(EDUCATION_WORDS, raw);
      return v ? { value: v } : { error: "education" };
    }
  }
}

/** Checks one row on its own; checks against other rows and the database come later. */
export function checkRow(row: RawRow, headerCount: number, currentYear: number): CheckedRow {
  const errors: RowError[] = [];
  // A short or long row means the cells are shifted: any value could be in the wrong column.
  if (row.cellCount !== headerCount) {
    return { line: row.line, cells: row.cells, values: null, errors: [{ column: null, code: "cellCount", detail: `${row.cellCount}/${headerCount}` }] };
  }
  const values: Record<string, unknown> = {};
  for (const column of COLUMNS) {
    const raw = row.cells[column.key];
    if (raw === undefined || raw === "") {
      if (column.required) errors.push({ column: column.key, code: "required" });
      continue;
    }
    const result = convert(column, raw, currentYear);
    if ("error" in result) errors.push({ column: column.key, code: result.error, detail: raw.slice(0, 60) });
    else values[column.key] = result.value;
  }
  if (values.programmeStart && values.programmeEnd && (values.programmeEnd as string) <= (values.programmeStart as string)) {
    errors.push({ column: "programmeEnd", code: "endBeforeStart" });
  }
  return { line: row.line, cells: row.cells, values: errors.length ? null : (values as unknown as RowValues), errors };
}

/** The same case number twice in one file: neither row can be trusted to be the right one. */
export function markDuplicates(rows: CheckedRow[]): CheckedRow[] {
  const lines = new Map<string, number[]>();
  for (const r of rows) {
    const id = r.cells.externalId;
    if (id) lines.set(id, [...(lines.get(id) ?? []), r.line]);
  }
  return rows.map((r) => {
    const same = lines.get(r.cells.externalId ?? "") ?? [];
    if (same.length < 2) return r;
    const others = same.filter((l) => l !== r.line).join(", ");
    return { ...r, values: null, errors: [...r.errors, { column: "externalId", code: "duplicateInFile", detail: others }] };
  });
}
