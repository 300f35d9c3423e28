// Reading a member-list CSV and deciding what importing it does. Pure: no database, no next/*.
// Every problem becomes a code that the import page explains with how to fix it.
import { parseCsvTable, type FileProblem, type ParsedTable, type RawRow } from "@/lib/csv/table";
import type { Industry, SizeBand } from "@/db/schema/organizations";
import { isValidOrgNumber, normalizeOrgNumber } from "@/lib/organizations/rules";
import { parseDate } from "@/lib/participant-import/rules";
import {
  INDUSTRY_WORDS,
  MAX_MEMBER_ROWS,
  MEMBER_COLUMNS,
  memberColumnForHeader,
  parseSizeBand,
  type MemberColumnKey,
} from "./columns";

export type MemberFileProblem = FileProblem<MemberColumnKey>;
export type MemberRawRow = RawRow<MemberColumnKey>;
export type ParsedMemberFile = ParsedTable<MemberColumnKey>;

export function parseMemberCsv(input: string): ParsedMemberFile {
  return parseCsvTable(input, {
    columns: MEMBER_COLUMNS,
    columnForHeader: memberColumnForHeader,
    maxRows: MAX_MEMBER_ROWS,
  });
}

export type MemberRowErrorCode =
  | "required"
  | "tooLong"
  | "orgNumber"
  | "industry"
  | "sizeBand"
  | "email"
  | "date"
  | "cellCount"
  | "duplicateInFile"
  | "nameForNew"
  | "notEmployer";

export interface MemberRowError {
  column: MemberColumnKey | null;
  code: MemberRowErrorCode;
  detail?: string;
}

/** A row's values; optional columns are absent when the cell is empty (an empty cell never erases). */
export interface MemberRowValues {
  orgNumber: string;
  name?: string;
  industry?: Industry;
  sizeBand?: SizeBand;
  contactName?: string;
  contactEmail?: string;
  memberSince?: string;
}

export interface CheckedMemberRow {
  line: number;
  cells: MemberRawRow["cells"];
  values: MemberRowValues | null;
  errors: MemberRowError[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function lookupIndustry(value: string): Industry | undefined {
  const v = value.trim().toLowerCase().replace(/\s+/g, " ");
  return (Object.keys(INDUSTRY_WORDS) as Industry[]).find((k) => INDUSTRY_WORDS[k].includes(v));
}

function convert(key: MemberColumnKey, raw: string): { value: string } | { error: MemberRowErrorCode } {
  const column = MEMBER_COLUMNS.find((c) => c.key === key)!;
  if (column.max && [...raw].length > column.max) return { error: "tooLong" };
  switch (column.format) {
    case "orgNumber": {
      const n = normalizeOrgNumber(raw);
      return isValidOrgNumber(n) ? { value: n } : { error: "orgNumber" };
    }
    case "text":
      return { value: raw };
    case "industry": {
      const v = lookupIndustry(raw);
      return v ? { value: v } : { error: "industry" };
    }
    case "sizeBand": {
      const v = parseSizeBand(raw);
      return v ? { value: v } : { error: "sizeBand" };
    }
    case "email":
      return EMAIL.test(raw) ? { value: raw.toLowerCase() } : { error: "email" };
    case "date": {
      const d = parseDate(raw);
      return d ? { value: d } : { error: "date" };
    }
  }
}

/** Checks one row on its own; checks against other rows and the database come later. */
export function checkMemberRow(row: MemberRawRow, headerCount: number): CheckedMemberRow {
  if (row.cellCount !== headerCount) {
    return {
      line: row.line,
      cells: row.cells,
      values: null,
      errors: [{ column: null, code: "cellCount", detail: `${row.cellCount}/${headerCount}` }],
    };
  }
  const errors: MemberRowError[] = [];
  const values: Record<string, string> = {};
  for (const column of MEMBER_COLUMNS) {
    const raw = row.cells[column.key];
    if (raw === undefined || raw === "") {
      if (column.required) errors.push({ column: column.key, code: "required" });
      continue;
    }
    const result = convert(column.key, raw);
    if ("error" in result) errors.push({ column: column.key, code: result.error, detail: raw.slice(0, 60) });
    else values[column.key] = result.value;
  }
  return {
    line: row.line,
    cells: row.cells,
    values: errors.length ? null : (values as unknown as MemberRowValues),
    errors,
  };
}

/** The same organization number twice in one file: neither row can be trusted to be the right one. */
export function markDuplicateOrgNumbers(rows: CheckedMemberRow[]): CheckedMemberRow[] {
  const lines = new Map<string, number[]>();
  const keyOf = (r: CheckedMemberRow) => normalizeOrgNumber(r.cells.orgNumber ?? "");
  for (const r of rows) if (keyOf(r)) lines.set(keyOf(r), [...(lines.get(keyOf(r)) ?? []), r.line]);
  return rows.map((r) => {
    const same = lines.get(keyOf(r)) ?? [];
    if (same.length < 2) return r;
    const others = same.filter((l) => l !== r.line).join(", ");
    return {
      ...r,
      values: null,
      errors: [...r.errors, { column: "orgNumber", code: "duplicateInFile", detail: others }],
    };
  });
}

/** What Lagspill already has for an organization number in the file. */
export interface KnownOrganization {
  id: string;
  kind: string;
  name: string;
  industry: Industry | null;
  sizeBand: SizeBand | null;
  /** The association's membership of it, if any. */
  member: { id: string; contactName: string | null; contactEmail: string | null; memberSince: string | null } | null;
}

export type OrgField = "name" | "industry" | "sizeBand";
export type OrgPatch = Partial<Pick<MemberRowValues, OrgField>>;
export type MemberField = "contactName" | "contactEmail" | "memberSince";

interface Base {
  line: number;
  orgNumber: string;
  name: string;
}
export type PlannedMemberRow =
  | (Base & { outcome: "create"; employerId: string | null; values: MemberRowValues; orgPatch: OrgPatch })
  | (Base & {
      outcome: "update";
      employerId: string;
      memberId: string;
      orgPatch: OrgPatch;
      memberPatch: Partial<Record<MemberField, string>>;
      changed: (OrgField | MemberField)[];
    })
  | (Base & { outcome: "unchanged" })
  | (Base & { outcome: "error"; errors: MemberRowError[] });

const ORG_FIELDS: OrgField[] = ["name", "industry", "sizeBand"];
const MEMBER_FIELDS: MemberField[] = ["contactName", "contactEmail", "memberSince"];

/**
 * A new organization number becomes a new employer and member ("create"); a known employer that
 * is not yet a member becomes one ("create" with its id); a member gets the fields the file fills
 * in ("update" or "unchanged"). Members missing from the file are never touched.
 */
export function planMemberRow(row: CheckedMemberRow, known: Map<string, KnownOrganization>): PlannedMemberRow {
  const base: Base = {
    line: row.line,
    orgNumber: normalizeOrgNumber(row.cells.orgNumber ?? ""),
    name: row.cells.name ?? "",
  };
  if (!row.values) return { ...base, outcome: "error", errors: row.errors };
  const v = row.values;
  const org = known.get(v.orgNumber);
  if (org && org.kind !== "employer")
    return { ...base, outcome: "error", errors: [{ column: "orgNumber", code: "notEmployer", detail: org.name }] };
  if (!org && !v.name) return { ...base, outcome: "error", errors: [{ column: "name", code: "nameForNew" }] };
  const name = base.name || org?.name || "";
  const orgPatch: Record<string, string> = {};
  for (const f of ORG_FIELDS) {
    const value = v[f];
    if (org && value !== undefined && value !== (org[f] ?? undefined)) orgPatch[f] = value;
  }
  if (!org || !org.member)
    return { ...base, name, outcome: "create", employerId: org?.id ?? null, values: v, orgPatch: orgPatch as OrgPatch };
  const memberPatch: Partial<Record<MemberField, string>> = {};
  for (const f of MEMBER_FIELDS) if (v[f] !== undefined && v[f] !== (org.member[f] ?? undefined)) memberPatch[f] = v[f];
  const changed = [...(Object.keys(orgPatch) as OrgField[]), ...(Object.keys(memberPatch) as MemberField[])];
  if (changed.length === 0) return { ...base, name, outcome: "unchanged" };
  return {
    ...base,
    name,
    outcome: "update",
    employerId: org.id,
    memberId: org.member.id,
    orgPatch: orgPatch as OrgPatch,
    memberPatch,
    changed,
  };
}

/** The preview shown to the user: what the file said and what will happen, no ids. */
export interface MemberReportRow {
  line: number;
  orgNumber: string;
  name: string;
  outcome: PlannedMemberRow["outcome"];
  /** For "create": whether Lagspill knew the company before. */
  existing?: boolean;
  changed?: (OrgField | MemberField)[];
  errors?: MemberRowError[];
}

export function toMemberReportRow(p: PlannedMemberRow): MemberReportRow {
  const { line, orgNumber, name, outcome } = p;
  if (p.outcome === "error") return { line, orgNumber, name, outcome, errors: p.errors };
  if (p.outcome === "update") return { line, orgNumber, name, outcome, changed: p.changed };
  if (p.outcome === "create") return { line, orgNumber, name, outcome, existing: p.employerId !== null };
  return { line, orgNumber, name, outcome };
}
