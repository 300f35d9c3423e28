// Pure language negotiation: no next/*.
export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A person's stored language (users.locale): null or anything unknown means bokmål. */
export function storedLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Norwegian (nb, nn, no) → nb; English → en; the browser's order and q-values decide. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (base === "nb" || base === "nn" || base === "no") return "nb";
    if (base === "en") return "en";
  }
  return DEFAULT_LOCALE;
}

export function resolveLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage);
}

/**
 * The language to store as the person's at sign-in, or null to leave what is stored: a choice
 * made in this browser (the cookie) is the language they last used; with none stored and none
 * chosen, the language the browser asks for. The pages keep following the browser's own choice.
 */
export function localeAtSignIn(
  stored: string | null,
  browser: { chosen: string | undefined; preferred: Locale },
): Locale | null {
  if (isLocale(browser.chosen)) return browser.chosen === stored ? null : browser.chosen;
  return isLocale(stored) ? null : browser.preferred;
}
