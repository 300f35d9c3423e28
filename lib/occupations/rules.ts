// Occupations: ISCO-08 codes (Norway's STYRK-08 shares the 4-digit codes) with their bokmål STYRK
// titles and arbeidsplassen.no job categories. Pure: no db, no next/*. Sources in README.md.
import type { Locale } from "@/lib/i18n/locale";
import { STYRK_ONLY_EN } from "./english";
import raw from "./isco08.json";
import styrk from "./styrk08-nb.json";

export interface Occupation {
  code: string;
  level: 1 | 2 | 3 | 4;
  parent: string | null;
  /** The ISCO English title (ours for the three STYRK-only groups). */
  title: string;
}

/** What a unit group is called in bokmål and where it sits among the job categories, when STYRK has it. */
export interface StyrkEntry {
  title: string;
  category: string;
  subcategory: string;
}

/** The 619 ISCO-08 groups at all four levels. */
export const OCCUPATIONS: Occupation[] = (raw as [string, number, string, string][]).map(
  ([code, level, parent, title]) => ({
    code,
    level: level as Occupation["level"],
    parent: parent || null,
    title,
  }),
);

export const STYRK = new Map<string, StyrkEntry>(
  (styrk as [string, string, string, string][]).map(([code, title, category, subcategory]) => [
    code,
    { title, category, subcategory },
  ]),
);

const byCode = new Map(OCCUPATIONS.map((o) => [o.code, o]));
for (const [code, title] of Object.entries(STYRK_ONLY_EN)) {
  byCode.set(code, { code, level: 4, parent: code.slice(0, 3), title });
}

/**
 * The unit groups (4 digits) people wish for and slots ask for: ISCO's 436 and the three that only
 * STYRK-08 has (2223 nurses, 2224 social educators, 3439), in code order.
 */
export const UNIT_GROUPS: Occupation[] = [...byCode.values()]
  .filter((o) => o.level === 4)
  .sort((a, b) => a.code.localeCompare(b.code));

export function findOccupation(code: string): Occupation | undefined {
  return byCode.get(code);
}

export function isUnitGroup(code: string): boolean {
  return byCode.get(code)?.level === 4;
}

/** The bokmål STYRK title in bokmål, the ISCO English title in English or where STYRK has none. */
export function occupationTitle(code: string, locale: Locale): string {
  const nb = locale === "nb" ? STYRK.get(code)?.title : undefined;
  return nb ?? byCode.get(code)?.title ?? code;
}

/** "Renholdere i bedrifter (9112)" — never the bare code. */
export function occupationLabel(code: string, locale: Locale): string {
  return byCode.has(code) ? `${occupationTitle(code, locale)} (${code})` : code;
}

/** Lower case without accents, so "Kjøkken", "kjokken" and "KJØKKEN" compare equal; æ reads "ae". */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ø/g, "o").replace(/æ/g, "ae").normalize("NFD").replace(/\p{M}/gu, "");
}

const byTitle = new Map<string, string>();
for (const o of UNIT_GROUPS) {
  for (const title of [STYRK.get(o.code)?.title, o.title]) {
    if (title && !byTitle.has(fold(title))) byTitle.set(fold(title), o.code);
  }
}

/**
 * Reads what a type-ahead field sends: a bare code "9112", a label ending in "(9112)", or a title in
 * either language. Returns the unit-group code, or null when it is not one.
 */
export function parseOccupationInput(input: string): string | null {
  const trimmed = input.trim();
  const match = trimmed.match(/^(\d{4})$/) ?? trimmed.match(/\((\d{4})\)\s*$/);
  const code = match?.[1] ?? byTitle.get(fold(trimmed));
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
