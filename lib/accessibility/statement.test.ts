import { describe, expect, it } from "vitest";
import { CRITERIA, NOT_REQUIRED, statusCounts } from "./statement";

/** Every WCAG 2.1 success criterion at level A or AA (50). */
const WCAG_21_A_AA = [
  ...["1.1.1", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.3.1", "1.3.2", "1.3.3", "1.3.4", "1.3.5"],
  ...["1.4.1", "1.4.2", "1.4.3", "1.4.4", "1.4.5", "1.4.10", "1.4.11", "1.4.12", "1.4.13"],
  ...["2.1.1", "2.1.2", "2.1.4", "2.2.1", "2.2.2", "2.3.1", "2.4.1", "2.4.2", "2.4.3", "2.4.4", "2.4.5"],
  ...["2.4.6", "2.4.7", "2.5.1", "2.5.2", "2.5.3", "2.5.4", "3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.2.3"],
  ...["3.2.4", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "4.1.1", "4.1.2", "4.1.3"],
];
const AA = ["1.2.4", "1.2.5", "1.3.4", "1.3.5", "1.4.3", "1.4.4", "1.4.5", "1.4.10", "1.4.11", "1.4.12", "1.4.13"];
const AA_REST = ["2.4.5", "2.4.6", "2.4.7", "3.1.2", "3.2.3", "3.2.4", "3.3.3", "3.3.4", "4.1.3"];

describe("the accessibility statement", () => {
  it("lists each of the 48 criteria the regulation requires exactly once, and no other", () => {
    const required = WCAG_21_A_AA.filter((id) => !(NOT_REQUIRED as readonly string[]).includes(id));
    expect(WCAG_21_A_AA).toHaveLength(50);
    expect(required).toHaveLength(48);
    const ids = CRITERIA.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...required].sort());
  });

  it("gives each criterion its WCAG level", () => {
    for (const k of CRITERIA) {
      expect(["A", "AA"]).toContain(k.level);
      expect(k.level, k.id).toBe([...AA, ...AA_REST].includes(k.id) ? "AA" : "A");
    }
  });

  it("names each criterion in both languages and explains every deviation", () => {
    for (const k of CRITERIA) {
      expect(k.name.nb.length, k.id).toBeGreaterThan(2);
      expect(k.name.en.length, k.id).toBeGreaterThan(2);
      if (k.status === "partly") expect(k.note, k.id).toBeDefined();
      if (k.status === "met") expect(k.checkedBy.length, k.id).toBeGreaterThan(0);
    }
  });

  it("counts the statuses", () => {
    const counts = statusCounts();
    expect(counts.met + counts.partly + counts.notApplicable).toBe(48);
    expect(counts.partly).toBeGreaterThan(0);
  });
});
