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
  | "notEmployer"
  | "otherMunicipality";

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
  /** Where it is registered; only one in the association's city may be linked. */
  city: string;
  name: string;
  industry: Industry | null;
  sizeBand: SizeBand | null;
  /** The association's membership of it, if any. */
  member: { id: string; contactName: string | null; contactEmail: string | null; memberSince: string | null } | null;
}

export type OrgField = "name" | "industry" | "sizeBand";
export type MemberField = "contactName" | "contactEmail" | "memberSince";

/** Where the file differs from a known employer's profile: shown, never written. */
export interface ProfileDifference {
  field: OrgField;
  current: string | null;
  file: string;
}

interface Base {
  line: number;
  orgNumber: string;
  name: string;
}
export type PlannedMemberRow =
  | (Base & { outcome: "create"; employerId: string | null; values: MemberRowValues; proposed: ProfileDifference[] })
  | (Base & {
      outcome: "update";
      employerId: string;
      memberId: string;
      memberPatch: Partial<Record<MemberField, string>>;
      changed: MemberField[];
      proposed: ProfileDifference[];
    })
  | (Base & { outcome: "unchanged"; proposed: ProfileDifference[] })
  | (Base & { outcome: "error"; errors: MemberRowError[] });

const ORG_FIELDS: OrgField[] = ["name", "industry", "sizeBand"];
const MEMBER_FIELDS: MemberField[] = ["contactName", "contactEmail", "memberSince"];

/**
 * A new organization number becomes a new employer in the association's city and a member
 * ("create"); a known employer of the city that is not yet a member becomes one ("create" with
 * its id); a member gets the membership fields the file fills in ("update" or "unchanged").
 * A known employer's profile (name, industry, size) is the employer's own: the file's
 * differences are only proposed. An organization registered in another municipality is
 * neither linked nor changed, and the row says no more about it than that. Members missing
 * from the file are never touched.
 */
export function planMemberRow(
  row: CheckedMemberRow,
  known: Map<string, KnownOrganization>,
  associationCity: string,
): PlannedMemberRow {
  const base: Base = {
    line: row.line,
    orgNumber: normalizeOrgNumber(row.cells.orgNumber ?? ""),
    name: row.cells.name ?? "",
  };
  if (!row.values) return { ...base, outcome: "error", errors: row.errors };
  const v = row.values;
  const org = known.get(v.orgNumber);
  if (org && org.city !== associationCity)
    return { ...base, outcome: "error", errors: [{ column: "orgNumber", code: "otherMunicipality" }] };
  if (org && org.kind !== "employer")
    return { ...base, outcome: "error", errors: [{ column: "orgNumber", code: "notEmployer", detail: org.name }] };
  if (!org) {
    if (!v.name) return { ...base, outcome: "error", errors: [{ column: "name", code: "nameForNew" }] };
    return { ...base, outcome: "create", employerId: null, values: v, proposed: [] };
  }
  const name = org.name;
  const proposed = ORG_FIELDS.flatMap((field): ProfileDifference[] => {
    const file = v[field];
    const current = org[field] ?? null;
    return file !== undefined && file !== current ? [{ field, current, file }] : [];
  });
  if (!org.member) return { ...base, name, outcome: "create", employerId: org.id, values: v, proposed };
  const memberPatch: Partial<Record<MemberField, string>> = {};
  for (const f of MEMBER_FIELDS) if (v[f] !== undefined && v[f] !== (org.member[f] ?? undefined)) memberPatch[f] = v[f];
  const changed = Object.keys(memberPatch) as MemberField[];
  if (changed.length === 0) return { ...base, name, outcome: "unchanged", proposed };
  return {
    ...base,
    name,
    outcome: "update",
    employerId: org.id,
    memberId: org.member.id,
    memberPatch,
    changed,
    proposed,
  };
}

/**
 * Everything the import would write, as one string: the preview's fingerprint of it must match
 * at import time. Proposed profile changes and shown names are left out, since the import never
 * writes them: an employer editing its profile meanwhile does not make the preview stale.
 */
export function memberPlanSignature(plan: PlannedMemberRow[]): string {
  return JSON.stringify(
    plan.map((p) => {
      switch (p.outcome) {
        case "create":
          return [p.line, p.outcome, p.employerId, p.values];
        case "update":
          return [p.line, p.outcome, p.memberId, p.memberPatch];
        case "unchanged":
          return [p.line, p.outcome];
        case "error":
          return [p.line, p.outcome, p.errors];
      }
    }),
  );
}

/** The preview shown to the user: what the file said and what will happen, no ids. */
export interface MemberReportRow {
  line: number;
  orgNumber: string;
  name: string;
  outcome: PlannedMemberRow["outcome"];
  /** For "create": whether Lagspill knew the company before. */
  existing?: boolean;
  changed?: MemberField[];
  /** Differences from a known employer's profile: proposed, not applied. */
  proposed?: ProfileDifference[];
  errors?: MemberRowError[];
}

export function toMemberReportRow(p: PlannedMemberRow): MemberReportRow {
  const { line, orgNumber, name, outcome } = p;
  if (p.outcome === "error") return { line, orgNumber, name, outcome, errors: p.errors };
  const proposed = p.proposed.length ? { proposed: p.proposed } : {};
  if (p.outcome === "update") return { line, orgNumber, name, outcome, changed: p.changed, ...proposed };
  if (p.outcome === "create") return { line, orgNumber, name, outcome, existing: p.employerId !== null, ...proposed };
  return { line, orgNumber, name, outcome, ...proposed };
}
