// Reading a case-system CSV export: the file, its header, and each row's values.
// Pure: no database, no next/*. Every problem becomes a code that the page explains.
import {
  detectDelimiter,
  parseCsvTable,
  type FileProblem as CsvFileProblem,
  type ParsedTable,
  type RawRow as CsvRawRow,
} from "@/lib/csv/table";
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

export type FileProblem = CsvFileProblem<ColumnKey>;
export type RawRow = CsvRawRow<ColumnKey>;
export type ParsedFile = ParsedTable<ColumnKey>;
export { detectDelimiter };

export function parseCsvFile(input: string): ParsedFile {
  return parseCsvTable(input, { columns: COLUMNS, columnForHeader, maxRows: MAX_ROWS });
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
    return {
      line: row.line,
      cells: row.cells,
      values: null,
      errors: [{ column: null, code: "cellCount", detail: `${row.cellCount}/${headerCount}` }],
    };
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
  if (
    values.programmeStart &&
    values.programmeEnd &&
    (values.programmeEnd as string) <= (values.programmeStart as string)
  ) {
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
    return {
      ...r,
      values: null,
      errors: [...r.errors, { column: "externalId", code: "duplicateInFile", detail: others }],
    };
  });
}
