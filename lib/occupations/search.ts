// The occupation type-ahead and the job-category browser. Pure, so the client runs it too.
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_EN } from "./english";
import { fold, occupationTitle, STYRK, UNIT_GROUPS } from "./rules";

export interface OccupationHit {
  code: string;
  /** The title in the page's language. */
  title: string;
}

const words = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

interface Indexed {
  code: string;
  nb: string[];
  en: string[];
  subcategory: string[];
  category: string[];
}

const INDEX: Indexed[] = UNIT_GROUPS.map((o) => {
  const s = STYRK.get(o.code);
  return {
    code: o.code,
    nb: words(s?.title ?? ""),
    en: words(o.title),
    subcategory: words(s?.subcategory ?? ""),
    category: words([s?.category, s && CATEGORY_EN[s.category]].filter(Boolean).join(" ")),
  };
});

/** 3 for a whole word, 2 for the start of a word, 1 for a part of one, 0 for none. */
function wordScore(fieldWords: string[], w: string): number {
  let best = 0;
  for (const f of fieldWords) {
    const s = f === w ? 3 : f.startsWith(w) ? 2 : f.includes(w) ? 1 : 0;
    if (s > best) best = s;
  }
  return best;
}

/**
 * Unit groups matching every word of the query in their bokmål or English title, code or job
 * category, case- and accent-insensitive. The title in the page's language weighs most, then the
 * other language, the subcategory and the category, and each adds up; a title that starts with the query comes first.
 * A number lists the codes that start with it.
 */
export function searchOccupations(query: string, locale: Locale, limit = 20): OccupationHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const hit = (code: string) => ({ code, title: occupationTitle(code, locale) });
  if (/^\d+$/.test(q))
    return INDEX.filter((o) => o.code.startsWith(q))
      .slice(0, limit)
      .map((o) => hit(o.code));

  const qWords = words(q);
  if (qWords.length === 0) return [];
  const scored: { code: string; score: number; title: string }[] = [];
  for (const o of INDEX) {
    const [own, other] = locale === "nb" && o.nb.length > 0 ? [o.nb, o.en] : [o.en, o.nb];
    let score = 0;
    for (const w of qWords) {
      const s =
        wordScore(own, w) * 4 +
        wordScore(other, w) * 2 +
        wordScore(o.subcategory, w) * 1.5 +
        wordScore(o.category, w) +
        (o.code.startsWith(w) ? 12 : 0);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score === 0) continue;
    const title = occupationTitle(o.code, locale);
    if (fold(title).startsWith(q)) score += 6;
    scored.push({ code: o.code, score, title });
  }
  scored.sort((a, b) => b.score - a.score || a.title.length - b.title.length || a.code.localeCompare(b.code));
  return scored.slice(0, limit).map(({ code, title }) => ({ code, title }));
}

export interface OccupationCategory {
  /** NAV's bokmål name; the key to tell categories apart. */
  key: string;
  /** The name in the page's language. */
  name: string;
  subcategories: { name: string; occupations: OccupationHit[] }[];
}

/**
 * The job categories of arbeidsplassen.no for browsing: top-level category → subcategory → unit
 * groups, each level in alphabetical order of the page's language. Subcategories keep NAV's
 * bokmål names. Unit groups STYRK does not place (33 of ISCO's) are found by search only.
 */
export function occupationCategories(locale: Locale): OccupationCategory[] {
  const collator = new Intl.Collator(locale === "nb" ? "nb" : "en");
  const tree = new Map<string, Map<string, OccupationHit[]>>();
  for (const [code, s] of STYRK) {
    const subs = tree.get(s.category) ?? new Map<string, OccupationHit[]>();
    tree.set(s.category, subs);
    subs.set(s.subcategory, [...(subs.get(s.subcategory) ?? []), { code, title: occupationTitle(code, locale) }]);
  }
  return [...tree]
    .map(([key, subs]) => ({
      key,
      name: locale === "nb" ? key : (CATEGORY_EN[key] ?? key),
      subcategories: [...subs]
        .map(([name, occupations]) => ({
          name,
          occupations: occupations.sort((a, b) => collator.compare(a.title, b.title)),
        }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
