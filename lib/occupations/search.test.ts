import { describe, expect, it } from "vitest";
import { STYRK } from "./rules";
import { occupationCategories, searchOccupations } from "./search";

const codes = (q: string, locale: "nb" | "en", limit?: number) =>
  searchOccupations(q, locale, limit).map((h) => h.code);

describe("searchOccupations", () => {
  it("finds cooks by «kokk» and «cook» in either language", () => {
    expect(codes("kokk", "nb")[0]).toBe("5120");
    expect(codes("cook", "en")[0]).toBe("5120");
    expect(codes("cook", "nb")[0]).toBe("5120");
    expect(codes("kokk", "en")[0]).toBe("5120");
  });
  it("gives the title in the page's language", () => {
    expect(searchOccupations("kokk", "nb")[0]).toEqual({ code: "5120", title: "Kokker" });
    expect(searchOccupations("kokk", "en")[0]).toEqual({ code: "5120", title: "Cooks" });
  });
  it("finds cleaners in companies first by «renhold»", () => {
    expect(codes("renhold", "nb")[0]).toBe("9112");
    expect(codes("Renhold", "nb")).toContain("9111");
  });
  it("finds shop sales by «butikk» and welders by «sveis»", () => {
    expect(codes("butikk", "nb")[0]).toBe("5223");
    expect(codes("sveis", "nb")[0]).toBe("7212");
    expect(codes("sveis", "en")[0]).toBe("7212");
    expect(codes("shop", "en", 3)).toEqual(expect.arrayContaining(["5221", "5222", "5223"]));
  });
  it("ignores case and accents, so «kjokken» finds kitchen helpers", () => {
    expect(codes("kjokken", "nb")).toContain("9412");
    expect(codes("KJØKKEN", "nb")).toContain("9412");
  });
  it("needs every word, and finds category words", () => {
    expect(codes("bus driver", "en")).toContain("8331");
    expect(codes("cleaners window", "en")).toEqual(["9123"]);
    // "Platearbeider og sveiser" is the subcategory of structural-metal workers (7214) too.
    expect(codes("sveis", "nb")).toContain("7214");
  });
  it("lists codes by prefix and nothing for an empty query", () => {
    expect(codes("911", "nb")).toEqual(["9111", "9112"]);
    expect(codes("  ", "nb")).toEqual([]);
    expect(codes("xyzzy", "nb")).toEqual([]);
  });
});

describe("occupationCategories", () => {
  it("has the 13 top-level categories in NAV's file, each with subcategories and every STYRK group once", () => {
    const nb = occupationCategories("nb");
    expect(nb).toHaveLength(13);
    expect(nb.reduce((n, c) => n + c.subcategories.length, 0)).toBe(114);
    const all = nb.flatMap((c) => c.subcategories.flatMap((s) => s.occupations.map((o) => o.code)));
    expect(all).toHaveLength(STYRK.size);
    expect(new Set(all).size).toBe(STYRK.size);
  });
  it("names categories and titles in the page's language", () => {
    const food = occupationCategories("nb").find((c) => c.key === "Reiseliv og mat")!;
    expect(food.name).toBe("Reiseliv og mat");
    expect(food.subcategories.find((s) => s.name === "Kokk")?.occupations).toContainEqual({
      code: "5120",
      title: "Kokker",
    });
    const foodEn = occupationCategories("en").find((c) => c.key === "Reiseliv og mat")!;
    expect(foodEn.name).toBe("Tourism and food");
    expect(foodEn.subcategories.flatMap((s) => s.occupations)).toContainEqual({ code: "5120", title: "Cooks" });
  });
});
