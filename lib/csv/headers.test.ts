import { describe, expect, it } from "vitest";
import { headerLookup, normalizeHeader } from "./headers";

describe("normalizeHeader", () => {
  it("folds case, æøå, spaces, hyphens and dots into one spelling", () => {
    expect(normalizeHeader(" Fødselsår ")).toBe("fodselsar");
    expect(normalizeHeader("E-post")).toBe("e_post");
    expect(normalizeHeader("Org.nr")).toBe("org_nr");
    expect(normalizeHeader("__Veileder  e-post__")).toBe("veileder_e_post");
  });
});

describe("headerLookup", () => {
  const lookup = headerLookup([
    { key: "email", header: "e-post", aliases: ["email", "epost"] },
    { key: "birthYear", header: "fødselsår", aliases: ["birth_year"] },
  ]);

  it("finds a column by its header or an alias, however it is spelled", () => {
    expect(lookup("E-POST")).toBe("email");
    expect(lookup("Email")).toBe("email");
    expect(lookup("FØDSELSÅR")).toBe("birthYear");
    expect(lookup("birth year")).toBe("birthYear");
  });

  it("knows nothing else", () => {
    expect(lookup("landbakgrunn")).toBeUndefined();
  });
});
