// What an import will do with each row, decided against what the municipality already has.
// Pure: the data layer loads the lookups, this decides; the preview and the import share it.
import type { ParticipantStatus } from "@/db/schema/participants";
import type { ColumnKey } from "./columns";
import type { CheckedRow, RowError, RowValues } from "./rules";

/** Participant columns an import may write. */
export type FieldKey = Exclude<keyof RowValues, "staffEmail"> | "assignedTo";
export type FieldValues = Partial<Omit<RowValues, "staffEmail">> & { assignedTo?: string | null };

export interface ExistingParticipant {
  id: string;
  version: number;
  anonymized: boolean;
  /** The record as stored, for comparing with the row. */
  current: { [K in FieldKey]: unknown } & { status: ParticipantStatus };
}

export interface PlanLookups {
  /** The municipality's participants with a case number in the file, by case number. */
  existing: Map<string, ExistingParticipant>;
  /** Staff of the municipality by lower-case email. */
  staffByEmail: Map<string, string>;
  /** nameKey() of participants registered without a case number. */
  unnumbered: Set<string>;
  /** Who new participants follow-up falls to when the file names nobody. */
  defaultAssignee: string | null;
}

interface Base {
  line: number;
  externalId: string;
  name: string;
}
export type PlannedRow =
  | (Base & { outcome: "create"; record: FieldValues & { status: ParticipantStatus } })
  | (Base & {
      outcome: "update";
      participantId: string;
      version: number;
      patch: FieldValues;
      changed: FieldKey[];
      fromStatus: ParticipantStatus;
    })
  | (Base & { outcome: "unchanged"; participantId: string })
  | (Base & { outcome: "error"; errors: RowError[] });

export function nameKey(firstName: string, lastName: string, birthYear: number): string {
  const n = (s: string) => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
  return `${n(firstName)}|${n(lastName)}|${birthYear}`;
}

function fieldsOf(values: RowValues, assignedTo: string | undefined): FieldValues {
  const { staffEmail: _staff, ...rest } = values;
  return assignedTo === undefined ? rest : { ...rest, assignedTo };
}

export function planRow(row: CheckedRow, lookups: PlanLookups): PlannedRow {
  const base: Base = {
    line: row.line,
    externalId: row.cells.externalId ?? "",
    name: [row.cells.firstName, row.cells.lastName].filter(Boolean).join(" "),
  };
  if (!row.values) return { ...base, outcome: "error", errors: row.errors };
  const v = row.values;
  const errors: RowError[] = [];
  const assignedTo = v.staffEmail === undefined ? undefined : lookups.staffByEmail.get(v.staffEmail);
  if (v.staffEmail !== undefined && !assignedTo)
    errors.push({ column: "staffEmail", code: "staffUnknown", detail: v.staffEmail });
  const existing = lookups.existing.get(v.externalId);
  // Anonymized records stay anonymized: re-importing would bring back what the retention rule removed.
  if (existing?.anonymized) errors.push({ column: "externalId", code: "anonymized" });
  // Someone registered by hand before the first import: a second record would split their history.
  if (!existing && lookups.unnumbered.has(nameKey(v.firstName, v.lastName, v.birthYear))) {
    errors.push({ column: "externalId", code: "possibleDuplicate" });
  }
  if (errors.length) return { ...base, outcome: "error", errors };

  const fields = fieldsOf(v, assignedTo);
  if (!existing) {
    return {
      ...base,
      outcome: "create",
      record: {
        status: "enrolled",
        programmeTrack: "work",
        educationLevel: "none",
        assignedTo: lookups.defaultAssignee,
        ...fields,
      },
    };
  }
  // Only what the file fills in is written: an empty cell never erases what staff recorded in Lagspill.
  const changed = (Object.keys(fields) as FieldKey[])
    .filter((k) => (existing.current[k] ?? null) !== (fields[k] ?? null))
    .sort();
  if (changed.length === 0) return { ...base, outcome: "unchanged", participantId: existing.id };
  const patch = Object.fromEntries(changed.map((k) => [k, fields[k]])) as FieldValues;
  return {
    ...base,
    outcome: "update",
    participantId: existing.id,
    version: existing.version,
    patch,
    changed,
    fromStatus: existing.current.status,
  };
}

/** The report shown to the user: no participant ids, only what the file said and what happens. */
export interface ReportRow {
  line: number;
  externalId: string;
  name: string;
  outcome: PlannedRow["outcome"];
  changed?: ColumnKey[];
  errors?: RowError[];
}

export function toReportRow(p: PlannedRow): ReportRow {
  const { line, externalId, name, outcome } = p;
  if (p.outcome === "error") return { line, externalId, name, outcome, errors: p.errors };
  if (p.outcome === "update")
    return { line, externalId, name, outcome, changed: p.changed.map((k) => (k === "assignedTo" ? "staffEmail" : k)) };
  return { line, externalId, name, outcome };
}

/**
 * Everything the import would write, as one string. The preview's fingerprint of it must
 * match at import time, so nothing is written that the user did not see in the preview.
 * Unchanged rows leave out the version: an edit in between does not affect them.
 */
export function planSignature(plan: PlannedRow[]): string {
  return JSON.stringify(
    plan.map((p) => {
      switch (p.outcome) {
        case "create":
          return [p.line, p.outcome, p.externalId, p.record];
        case "update":
          return [p.line, p.outcome, p.participantId, p.version, p.patch];
        case "unchanged":
          return [p.line, p.outcome, p.participantId];
        case "error":
          return [p.line, p.outcome, p.errors];
      }
    }),
  );
}
