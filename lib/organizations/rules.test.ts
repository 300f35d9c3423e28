import { describe, expect, it } from "vitest";
import { formatOrgNumber, isValidOrgNumber, orgNumberCheckDigit, roleFitsOrganization } from "./rules";

describe("organization number (mod-11)", () => {
  it("accepts numbers whose check digit matches", () => {
    // Published examples from Brønnøysundregistrene's documentation of the algorithm.
    expect(isValidOrgNumber("974760673")).toBe(true);
    expect(isValidOrgNumber("923 609 016")).toBe(true);
  });

  it("rejects a wrong check digit, wrong length and non-digits", () => {
    expect(isValidOrgNumber("974760674")).toBe(false);
    expect(isValidOrgNumber("97476067")).toBe(false);
    expect(isValidOrgNumber("9747606733")).toBe(false);
    expect(isValidOrgNumber("97476067a")).toBe(false);
    expect(isValidOrgNumber("")).toBe(false);
  });

  it("computes the check digit, and has none when it would be 10", () => {
    expect(orgNumberCheckDigit("97476067")).toBe(3);
    expect(orgNumberCheckDigit("10000000")).toBe(8); // 3·1 = 3, 11 − 3 = 8
    expect(orgNumberCheckDigit("00000000")).toBe(0); // 11 − 0 = 11 → 0
    expect(orgNumberCheckDigit("00000006")).toBeNull(); // 2·6 = 12, 11 − 1 = 10 → no valid number
  });

  it("formats in groups of three", () => {
    expect(formatOrgNumber("974760673")).toBe("974 760 673");
  });
});

describe("role and organization kind", () => {
  it("only lets a role belong to its own kind of organization", () => {
    expect(roleFitsOrganization("consultant", "municipality")).toBe(true);
    expect(roleFitsOrganization("employer", "municipality")).toBe(false);
    expect(roleFitsOrganization("association_staff", "association")).toBe(true);
    expect(roleFitsOrganization("partner", "employer")).toBe(false);
  });
});
