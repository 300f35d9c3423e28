// The shape of a participant's export, from the register: one section per table, nested where
// the register says (a placement's events and agreement, an email's delivery attempts). Pure.
import type { PgTable } from "drizzle-orm/pg-core";
import { columnKey, PARTICIPANT_ENTRIES, participantEntryOf, type ParticipantEntry } from "./register";

type Row = Record<string, unknown>;

/** The entry whose rows a nested section goes into, with the keys that join them. */
function nesting(e: ParticipantEntry) {
  const reach = e.participant.reach;
  if (!e.participant.export.nest || reach.kind !== "via") return null;
  const parent = participantEntryOf(reach.to.table);
  if (!parent) return null;
  return { parent, childKey: columnKey(e.table, reach.column), parentKey: columnKey(parent.table, reach.to) };
}

/**
 * The sections of the export from each table's rows (as selected, in order). A top-level
 * section is a list (or one row for the participant record); a nested one is added to each of
 * its parent's rows under `nest.as`, as a list or as one row or null.
 */
export function assembleExport(
  rowsByTable: ReadonlyMap<PgTable, Row[]>,
  entries: readonly ParticipantEntry[] = PARTICIPANT_ENTRIES,
): Record<string, unknown> {
  const copies = new Map<PgTable, Row[]>();
  for (const e of entries)
    copies.set(
      e.table,
      (rowsByTable.get(e.table) ?? []).map((r) => ({ ...r })),
    );
  for (const e of entries) {
    const n = nesting(e);
    if (!n) continue;
    const as = e.participant.export.nest!.as;
    const children = copies.get(e.table) ?? [];
    for (const parentRow of copies.get(n.parent.table) ?? []) {
      const mine = children.filter((c) => c[n.childKey] === parentRow[n.parentKey]);
      parentRow[as] = e.participant.export.nest!.one ? (mine[0] ?? null) : mine;
    }
  }
  const out: Record<string, unknown> = {};
  for (const e of entries) {
    if (e.participant.export.nest) continue;
    const rows = copies.get(e.table) ?? [];
    out[e.participant.export.key] = e.participant.export.single ? (rows[0] ?? null) : rows;
  }
  return out;
}

export interface OutlineSection {
  /** The heading's message key under participants.privacy.sections. */
  key: string;
  count: number;
  /** The top-level section it sits in, for a nested one. */
  within?: string;
}

/** Every section of an export with how many rows it holds, nested ones after their parent. */
export function exportOutline(
  data: Record<string, unknown>,
  entries: readonly ParticipantEntry[] = PARTICIPANT_ENTRIES,
): OutlineSection[] {
  const out: OutlineSection[] = [];
  const asRows = (v: unknown): Row[] => (Array.isArray(v) ? v : v ? [v as Row] : []);
  for (const e of entries) {
    if (e.participant.export.nest) continue;
    const rows = asRows(data[e.participant.export.key]);
    out.push({ key: e.participant.export.key, count: rows.length });
    for (const child of entries) {
      const n = nesting(child);
      if (!n || n.parent !== e) continue;
      const as = child.participant.export.nest!.as;
      const count = rows.reduce((sum, r) => sum + asRows(r[as]).length, 0);
      out.push({ key: child.participant.export.key, count, within: e.participant.export.key });
    }
  }
  return out;
}
