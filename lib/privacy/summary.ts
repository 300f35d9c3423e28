// The right of access read on screen: each section of the export as a table a person can read,
// without internal keys, ids or raw timestamps. The JSON file keeps everything. Pure.

type Row = Record<string, unknown>;

/** Keys kept out of the on-screen summary: ids, keys, counters and raw mail. The download has them. */
const HIDDEN = new Set([
  "id",
  "version",
  "tokenHash",
  "htmlBody",
  "textBody",
  "attachments",
  "lockedUntil",
  "idempotencyKey",
  "providerMessageId",
  "nextAttemptAt",
  "locale",
  "updatedAt",
  "userId",
]);

/** Ids, and references to the staff who did something (user ids): the download names them. */
const hidden = (key: string) => HIDDEN.has(key) || /(Id|By|To)$/.test(key);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Cell =
  | { kind: "empty" }
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "yesNo"; value: boolean }
  | { kind: "date"; value: Date; withTime: boolean }
  | { kind: "count"; value: number };

export interface SectionSummary {
  /** Keys of the columns shown, in the order of the first row that has them. */
  columns: string[];
  rows: Cell[][];
  /** Rows left out of the screen (all are in the download). */
  more: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value as a cell: dates as dates, lists joined, nested rows counted, objects as key: value. */
export function cellOf(value: unknown): Cell {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (value instanceof Date) return { kind: "date", value, withTime: true };
  if (typeof value === "boolean") return { kind: "yesNo", value };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") {
    if (ISO_TIME.test(value)) return { kind: "date", value: new Date(value), withTime: true };
    if (ISO_DATE.test(value)) return { kind: "date", value: new Date(`${value}T12:00:00Z`), withTime: false };
    if (UUID.test(value)) return { kind: "empty" };
    return { kind: "text", value };
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "string" || typeof v === "number"))
      return value.length ? { kind: "text", value: value.join(", ") } : { kind: "empty" };
    return { kind: "count", value: value.length };
  }
  if (typeof value === "object") {
    const parts = Object.entries(value as Row)
      .filter(([k, v]) => !hidden(k) && v !== null && typeof v !== "object")
      .map(([k, v]) => `${k}: ${String(v)}`);
    return parts.length ? { kind: "text", value: parts.join("; ") } : { kind: "empty" };
  }
  return { kind: "text", value: String(value) };
}

/**
 * A section (one row or a list) as a table: the visible keys that hold a value in some row,
 * newest rows as the export orders them, at most `limit` on screen.
 */
export function summarizeSection(section: unknown, limit = 25): SectionSummary {
  const rows: Row[] = Array.isArray(section) ? (section as Row[]) : section ? [section as Row] : [];
  const columns: string[] = [];
  for (const r of rows)
    for (const [k, v] of Object.entries(r))
      if (!hidden(k) && !columns.includes(k) && cellOf(v).kind !== "empty") columns.push(k);
  const shown = rows.slice(0, limit);
  return {
    columns,
    rows: shown.map((r) => columns.map((c) => cellOf(r[c]))),
    more: rows.length - shown.length,
  };
}
