import { describe, expect, it } from "vitest";
import {
  iscoDistance,
  readOccupationFilter,
  occupationLabel,
  occupationTitle,
  OCCUPATIONS,
  parseOccupationInput,
  UNIT_GROUPS,
} from "./rules";

describe("ISCO-08 and STYRK-08", () => {
  it("has all 619 ISCO groups and 439 unit groups: ISCO's 436 and the three only STYRK-08 has", () => {
    expect(OCCUPATIONS).toHaveLength(619);
    expect(UNIT_GROUPS).toHaveLength(439);
    expect(UNIT_GROUPS.map((o) => o.code)).toEqual(expect.arrayContaining(["2223", "2224", "3439"]));
  });
  it("labels with the bokmål title in bokmål and the English one in English", () => {
    expect(occupationLabel("9112", "nb")).toBe("Renholdere i bedrifter (9112)");
    expect(occupationLabel("9112", "en")).toBe(
      "Cleaners and helpers in offices, hotels and other establishments (9112)",
    );
    expect(occupationTitle("5120", "nb")).toBe("Kokker");
    expect(occupationTitle("5120", "en")).toBe("Cooks");
  });
  it("falls back to the ISCO English title where STYRK has none", () => {
    expect(occupationTitle("5412", "nb")).toBe("Police officers");
    expect(occupationLabel("4120", "nb")).toBe("Secretaries (general) (4120)");
  });
  it("names the STYRK-only groups in English too", () => {
    expect(occupationTitle("2224", "nb")).toBe("Vernepleiere");
    expect(occupationTitle("2224", "en")).toBe("Social educators (vernepleiere)");
  });
  it("reads a code or a label from a type-ahead field, only for unit groups", () => {
    expect(parseOccupationInput("9112")).toBe("9112");
    expect(parseOccupationInput("Cleaners and helpers in offices, hotels and other establishments (9112)")).toBe(
      "9112",
    );
    expect(parseOccupationInput("Renholdere i bedrifter (9112)")).toBe("9112");
    expect(parseOccupationInput("cooks")).toBe("5120");
    expect(parseOccupationInput("KOKKER")).toBe("5120");
    expect(parseOccupationInput("Sjefskokker")).toBe("3434");
    expect(parseOccupationInput("911")).toBeNull();
    expect(parseOccupationInput("Something (1234)")).toBeNull();
    expect(parseOccupationInput("")).toBeNull();
  });
  it("measures distance in the hierarchy", () => {
    expect(iscoDistance("9112", "9112")).toBe(0);
    expect(iscoDistance("9112", "9111")).toBe(1);
    expect(iscoDistance("9112", "9121")).toBe(2);
    expect(iscoDistance("9112", "9311")).toBe(3);
    expect(iscoDistance("9112", "2221")).toBe(4);
  });
});

describe("readOccupationFilter", () => {
  it("filters by the unit group picked from the list or typed as a code", () => {
    expect(readOccupationFilter("9112")).toEqual({ code: "9112" });
    expect(readOccupationFilter(occupationLabel("9112", "nb"))).toEqual({ code: "9112" });
    expect(readOccupationFilter(occupationLabel("9112", "en"))).toEqual({ code: "9112" });
  });

  it("reports free text that matches no occupation instead of dropping it", () => {
    expect(readOccupationFilter(" renhold ")).toEqual({ notFound: "renhold" });
    expect(readOccupationFilter("0000")).toEqual({ notFound: "0000" });
  });

  it("is no filter when nothing is typed", () => {
    expect(readOccupationFilter(undefined)).toEqual({});
    expect(readOccupationFilter("  ")).toEqual({});
  });
});
