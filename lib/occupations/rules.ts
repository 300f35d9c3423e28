// ISCO-08 occupations (Norway's STYRK-08 shares the 4-digit codes). Pure: no db, no next/*.
// Source: shared/data/isco08.csv, converted to isco08.json (code, level, parent, English title).
import raw from "./isco08.json";

export interface Occupation {
  code: string;
  level: 1 | 2 | 3 | 4;
  parent: string | null;
  title: string;
}

export const OCCUPATIONS: Occupation[] = (raw as [string, number, string, string][]).map(
  ([code, level, parent, title]) => ({
    code,
    level: level as Occupation["level"],
    parent: parent || null,
    title,
  }),
);

const byCode = new Map(OCCUPATIONS.map((o) => [o.code, o]));

/** The 436 unit groups (4 digits): what participants wish for and slots ask for. */
export const UNIT_GROUPS: Occupation[] = OCCUPATIONS.filter((o) => o.level === 4);

export function findOccupation(code: string): Occupation | undefined {
  return byCode.get(code);
}

export function isUnitGroup(code: string): boolean {
  return byCode.get(code)?.level === 4;
}

/** "Cleaners and helpers in offices, hotels and other establishments (9112)" — never the bare code. */
export function occupationLabel(code: string): string {
  const o = byCode.get(code);
  return o ? `${o.title} (${o.code})` : code;
}

/**
 * Reads what a type-ahead field sends: a bare code "9112", or a label ending in "(9112)".
 * Returns the unit-group code, or null when it is not one.
 */
export function parseOccupationInput(input: string): string | null {
  const trimmed = input.trim();
  const match = trimmed.match(/^(\d{4})$/) ?? trimmed.match(/\((\d{4})\)\s*$/);
  const code = match?.[1] ?? UNIT_GROUPS.find((o) => o.title.toLowerCase() === trimmed.toLowerCase())?.code;
  return code && isUnitGroup(code) ? code : null;
}

/**
 * An occupation filter as typed into a list's filter: the unit group to filter by, or the text that
 * matched none, so the page says the filter was not applied instead of silently listing everyone.
 */
export function readOccupationFilter(input: string | undefined): { code?: string; notFound?: string } {
  const text = input?.trim();
  if (!text) return {};
  const code = parseOccupationInput(text);
  return code ? { code } : { notFound: text };
}

/** Unit groups whose code starts with, or whose title contains every word of, the query. */
export function searchOccupations(query: string, limit = 20): Occupation[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  if (/^\d+$/.test(q)) return UNIT_GROUPS.filter((o) => o.code.startsWith(q)).slice(0, limit);
  const words = q.split(/\s+/);
  return UNIT_GROUPS.filter((o) => words.every((w) => o.title.toLowerCase().includes(w))).slice(0, limit);
}

/**
 * How far apart two unit groups are in the classification: 0 same unit group, 1 same minor
 * group (3 digits), 2 same sub-major (2 digits), 3 same major (1 digit), 4 unrelated.
 */
export function iscoDistance(a: string, b: string): 0 | 1 | 2 | 3 | 4 {
  if (a === b) return 0;
  for (const [len, d] of [
    [3, 1],
    [2, 2],
    [1, 3],
  ] as const) {
    if (a.slice(0, len) === b.slice(0, len)) return d;
  }
  return 4;
}
