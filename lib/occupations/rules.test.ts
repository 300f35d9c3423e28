import { describe, expect, it } from "vitest";
import {
  iscoDistance,
  readOccupationFilter,
  occupationLabel,
  OCCUPATIONS,
  parseOccupationInput,
  searchOccupations,
  UNIT_GROUPS,
} from "./rules";

describe("ISCO-08", () => {
  it("has all 619 groups and 436 unit groups", () => {
    expect(OCCUPATIONS).toHaveLength(619);
    expect(UNIT_GROUPS).toHaveLength(436);
  });
  it("labels with title and code", () => {
    expect(occupationLabel("9112")).toBe("Cleaners and helpers in offices, hotels and other establishments (9112)");
  });
  it("reads a code or a label from a type-ahead field, only for unit groups", () => {
    expect(parseOccupationInput("9112")).toBe("9112");
    expect(parseOccupationInput("Cleaners and helpers in offices, hotels and other establishments (9112)")).toBe(
      "9112",
    );
    expect(parseOccupationInput("cooks")).toBe("5120");
    expect(parseOccupationInput("911")).toBeNull();
    expect(parseOccupationInput("Something (1234)")).toBeNull();
    expect(parseOccupationInput("")).toBeNull();
  });
  it("searches by code prefix and by words in the title", () => {
    expect(searchOccupations("911").map((o) => o.code)).toEqual(["9111", "9112"]);
    expect(searchOccupations("bus driver").map((o) => o.code)).toContain("8331");
    expect(searchOccupations("  ")).toEqual([]);
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
    expect(readOccupationFilter(occupationLabel("9112"))).toEqual({ code: "9112" });
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
