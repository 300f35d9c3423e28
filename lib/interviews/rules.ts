// Pure rules of the interview schedule: conflicts after manual edits, round times and the
// calendar file. No database, no clock (times come from the event).
import { createEvents, type EventAttributes } from "ics";
import type { Event } from "@/db/schema/events";

/** The interview window's columns of an event row. */
export type InterviewWindow = Pick<Event, "interviewStartsAt" | "interviewMinutes" | "interviewRounds">;

export interface InterviewSettings {
  startsAt: Date;
  minutes: number;
  rounds: number;
}

/** The event's interview window, or null while staff have not set it. */
export function interviewSettings(event: InterviewWindow): InterviewSettings | null {
  if (!event.interviewStartsAt || !event.interviewMinutes || !event.interviewRounds) return null;
  return { startsAt: event.interviewStartsAt, minutes: event.interviewMinutes, rounds: event.interviewRounds };
}

export interface InterviewSlot {
  id: string;
  candidateId: string;
  standId: string;
  /** 0-based. */
  round: number;
  /** 0-based. */
  tableNo: number;
}

export type ConflictKind = "candidateTwice" | "tableTwice" | "samePair" | "outOfRange";

export interface Conflict {
  kind: ConflictKind;
  /** The interviews involved, in input order. */
  ids: string[];
}

/**
 * What stops a schedule from being published: a candidate in two interviews in one round, a
 * table with two candidates in one round, a candidate meeting one stand twice, and (when the
 * limits are given) a round or table that does not exist.
 */
export function conflicts(
  interviews: readonly InterviewSlot[],
  limits?: { rounds: number; tables: ReadonlyMap<string, number> },
): Conflict[] {
  const groups: Record<Exclude<ConflictKind, "outOfRange">, Map<string, string[]>> = {
    candidateTwice: new Map(),
    tableTwice: new Map(),
    samePair: new Map(),
  };
  const out: Conflict[] = [];
  for (const i of interviews) {
    const keys = {
      candidateTwice: `${i.candidateId}|${i.round}`,
      tableTwice: `${i.standId}|${i.tableNo}|${i.round}`,
      samePair: `${i.candidateId}|${i.standId}`,
    };
    for (const kind of Object.keys(keys) as (keyof typeof keys)[]) {
      const list = groups[kind].get(keys[kind]) ?? [];
      list.push(i.id);
      groups[kind].set(keys[kind], list);
    }
    if (
      limits &&
      (i.round < 0 || i.round >= limits.rounds || i.tableNo < 0 || i.tableNo >= (limits.tables.get(i.standId) ?? 0))
    ) {
      out.push({ kind: "outOfRange", ids: [i.id] });
    }
  }
  for (const kind of Object.keys(groups) as (keyof typeof groups)[]) {
    for (const ids of groups[kind].values()) if (ids.length > 1) out.push({ kind, ids });
  }
  return out;
}

/** Interview id → the conflicts it is part of, for flagging rows in the grid. */
export function conflictsById(list: readonly Conflict[]): Map<string, ConflictKind[]> {
  const out = new Map<string, ConflictKind[]>();
  for (const c of list) for (const id of c.ids) out.set(id, [...(out.get(id) ?? []), c.kind]);
  return out;
}

/** When a round starts and ends: rounds follow each other without breaks. */
export function roundTimes(startsAt: Date, minutes: number, round: number): { start: Date; end: Date } {
  const start = new Date(startsAt.getTime() + round * minutes * 60_000);
  return { start, end: new Date(start.getTime() + minutes * 60_000) };
}

/** Quality of a schedule in whole percent of the upper bound (100 when there is nothing to gain). */
export function qualityPercent(objective: number, upperBound: number): number {
  if (upperBound <= 0) return 100;
  return Math.floor((objective / upperBound) * 100);
}

export interface CalendarItem {
  /** Stable per interview, so re-importing updates instead of duplicating. */
  uid: string;
  title: string;
  description?: string;
  location: string;
  start: Date;
  end: Date;
}

/** An .ics file with one VEVENT per interview, times in UTC. */
export function calendarFile(calName: string, items: readonly CalendarItem[]): string {
  const events: EventAttributes[] = items.map((i) => ({
    uid: i.uid,
    title: i.title,
    description: i.description,
    location: i.location,
    start: i.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: i.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    productId: "lagspill/interviews",
    calName,
  }));
  // ics refuses an empty list; an empty calendar is still a valid file to hand out.
  if (events.length === 0) {
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "CALSCALE:GREGORIAN",
      "PRODID:lagspill/interviews",
      "METHOD:PUBLISH",
      `X-WR-CALNAME:${icsText(calName)}`,
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error("calendar file failed");
  return value;
}

function icsText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

/** A file name without characters that break a Content-Disposition header. */
export function calendarFileName(title: string): string {
  const base = title
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s-]+/g, "-")
    .toLowerCase()
    .slice(0, 60);
  return `${base || "intervjuer"}.ics`;
}
