// Pure rules for participant records: no database, no next/*.
import type { Cefr, ParticipantStatus } from "@/db/schema/participants";

export const CEFR_LEVELS: Cefr[] = ["A1", "A2", "B1", "B2", "C1", "C2"];
export const STATUSES: ParticipantStatus[] = ["enrolled", "on_leave", "completed", "ended_early"];
/** Statuses that make up a caseload. */
export const ACTIVE_STATUSES: ParticipantStatus[] = ["enrolled", "on_leave"];

/** Languages offered in the form (ISO 639 codes); names live in the messages. */
export const LANGUAGES = [
  "ar",
  "ti",
  "so",
  "fa",
  "prs",
  "ps",
  "ku",
  "am",
  "uk",
  "ru",
  "en",
  "fr",
  "sw",
  "tr",
  "ur",
  "es",
] as const;

/** How many language, experience and wish rows the form offers. */
export const FORM_ROWS = { languages: 3, experience: 3, wishes: 3 } as const;

export function cefrAtLeast(level: Cefr | null | undefined, min: Cefr): boolean {
  return level != null && CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(min);
}

/** Whole months from `today` to `end` (negative when past); "YYYY-MM-DD" strings. */
export function monthsLeft(end: string, today: string): number {
  const [ey, em, ed] = end.split("-").map(Number);
  const [ty, tm, td] = today.split("-").map(Number);
  let months = (ey - ty) * 12 + (em - tm);
  if (ed < td) months -= 1;
  return months;
}

/** Adds whole months to a "YYYY-MM-DD" date, clamping the day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export type ProgrammeTimeLeft = { kind: "ended" } | { kind: "months"; months: number } | { kind: "lessThanMonth" };

export function programmeTimeLeft(end: string, today: string): ProgrammeTimeLeft {
  if (end < today) return { kind: "ended" };
  const months = monthsLeft(end, today);
  return months < 1 ? { kind: "lessThanMonth" } : { kind: "months", months };
}

/** Which fields changed between two records, by name only: the audit log never stores values. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): string[] {
  return Object.keys(after)
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .sort();
}
