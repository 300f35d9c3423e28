import { describe, expect, it } from "vitest";
import { localeAtSignIn, localeFromAcceptLanguage, resolveLocale, storedLocale } from "./locale";

describe("language from the browser", () => {
  it("defaults to bokmål", () => {
    expect(localeFromAcceptLanguage(undefined)).toBe("nb");
    expect(localeFromAcceptLanguage("")).toBe("nb");
    expect(localeFromAcceptLanguage("de-DE,fr;q=0.8")).toBe("nb");
  });
  it("picks English for an English browser", () => {
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
  });
  it("treats nb, nn and no as bokmål", () => {
    expect(localeFromAcceptLanguage("nn-NO")).toBe("nb");
    expect(localeFromAcceptLanguage("no,en;q=0.5")).toBe("nb");
  });
  it("respects q-values over order", () => {
    expect(localeFromAcceptLanguage("en;q=0.4,nb;q=0.9")).toBe("nb");
    expect(localeFromAcceptLanguage("de,en;q=0.9,nb;q=0.8")).toBe("en");
  });
});

describe("cookie wins over the browser", () => {
  it("uses a valid cookie", () => {
    expect(resolveLocale("en", "nb-NO")).toBe("en");
  });
  it("ignores an unknown cookie value", () => {
    expect(resolveLocale("xx", "en-GB")).toBe("en");
  });
});

describe("the language a person last used", () => {
  it("reads null or an unknown stored value as bokmål", () => {
    expect(storedLocale(null)).toBe("nb");
    expect(storedLocale("de")).toBe("nb");
    expect(storedLocale("en")).toBe("en");
  });
  it("stores the language chosen in this browser at sign-in", () => {
    expect(localeAtSignIn(null, { chosen: "en", preferred: "nb" })).toBe("en");
    expect(localeAtSignIn("nb", { chosen: "en", preferred: "nb" })).toBe("en");
    expect(localeAtSignIn("en", { chosen: "en", preferred: "nb" })).toBeNull();
  });
  it("keeps a stored language when this browser has not chosen", () => {
    expect(localeAtSignIn("en", { chosen: undefined, preferred: "nb" })).toBeNull();
    expect(localeAtSignIn("en", { chosen: "xx", preferred: "nb" })).toBeNull();
  });
  it("stores the browser's language when nothing is stored or chosen", () => {
    expect(localeAtSignIn(null, { chosen: undefined, preferred: "en" })).toBe("en");
  });
});
