import { describe, expect, it } from "vitest";
import { historyByYear, historyTotals, isHire, normalizeWebsite, orgNumberSearch } from "./rules";

describe("normalizeWebsite", () => {
  it("adds https:// when the scheme is missing and drops a trailing slash", () => {
    expect(normalizeWebsite("fjordkanten.example")).toBe("https://fjordkanten.example");
    expect(normalizeWebsite("http://bakeri.example/")).toBe("http://bakeri.example");
  });
  it("turns empty into null and refuses what is not an address", () => {
    expect(normalizeWebsite("  ")).toBeNull();
    expect(normalizeWebsite("not a site")).toBeNull();
    expect(normalizeWebsite("localhost")).toBeNull();
  });
});

describe("orgNumberSearch", () => {
  it("reads digits with spaces as an organization number", () => {
    expect(orgNumberSearch("974 760 673")).toBe("974760673");
    expect(orgNumberSearch("9147")).toBe("9147");
  });
  it("ignores names and too short numbers", () => {
    expect(orgNumberSearch("Bygg")).toBeNull();
    expect(orgNumberSearch("12")).toBeNull();
  });
});

describe("isHire", () => {
  it("counts only completed placements with outcome hired", () => {
    expect(isHire({ stage: "completed", outcome: "hired" })).toBe(true);
    expect(isHire({ stage: "completed", outcome: "education" })).toBe(false);
    expect(isHire({ stage: "active", outcome: null })).toBe(false);
  });
});

describe("historyByYear", () => {
  it("groups contacts, slots, placements and hires by year, newest first, keeping empty years", () => {
    const years = historyByYear({
      contacts: [{ on: "2024-03-01" }, { on: "2026-01-10" }, { on: "2026-05-02" }],
      slots: [
        { createdAt: new Date("2024-02-01T00:00:00Z"), status: "filled" },
        { createdAt: new Date("2026-04-01T00:00:00Z"), status: "open" },
      ],
      placements: [
        // Created in 2024, hired in 2026: the hire belongs to the year it happened.
        {
          createdAt: new Date("2024-05-01T00:00:00Z"),
          stage: "completed",
          outcome: "hired",
          completedAt: new Date("2026-02-01T00:00:00Z"),
        },
        { createdAt: new Date("2026-06-01T00:00:00Z"), stage: "proposed", outcome: null, completedAt: null },
      ],
    });
    expect(years.map((y) => y.year)).toEqual([2026, 2025, 2024]);
    expect(years[0]).toEqual({ year: 2026, contacts: 2, slots: 1, openSlots: 1, placements: 1, hires: 1 });
    expect(years[1]).toEqual({ year: 2025, contacts: 0, slots: 0, openSlots: 0, placements: 0, hires: 0 });
    expect(years[2]).toEqual({ year: 2024, contacts: 1, slots: 1, openSlots: 0, placements: 1, hires: 0 });
    expect(historyTotals(years)).toEqual({ contacts: 3, slots: 2, openSlots: 1, placements: 2, hires: 1 });
  });
  it("is empty when there is no history", () => {
    expect(historyByYear({ contacts: [], slots: [], placements: [] })).toEqual([]);
  });
});
