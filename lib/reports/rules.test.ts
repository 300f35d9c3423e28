import { describe, expect, it } from "vitest";
import {
  byIndustry,
  cohortOutcomes,
  employerEngagement,
  funnel,
  parseYear,
  quartiles,
  rate,
  timeToInternship,
  yearOptions,
  type CohortGroup,
  type FunnelEvent,
} from "./rules";

describe("quartiles", () => {
  it("interpolates between closest ranks like percentile_cont", () => {
    expect(quartiles([1, 2, 3, 4])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25 });
    expect(quartiles([10, 30, 20, 40, 50])).toEqual({ q1: 20, median: 30, q3: 40 });
  });
  it("gives the one value for a single figure, and nothing for none", () => {
    expect(quartiles([7])).toEqual({ q1: 7, median: 7, q3: 7 });
    expect(quartiles([])).toBeNull();
  });
  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    quartiles(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("rates and years", () => {
  it("divides, and says nothing when there is nothing to divide by", () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 0)).toBeNull();
  });
  it("keeps a year the selector offers and falls back to this year otherwise", () => {
    expect(yearOptions(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(parseYear("2024", 2026)).toBe(2024);
    expect(parseYear(["2025", "2024"], 2026)).toBe(2025);
    for (const bad of ["2027", "1999", "20x4", "", undefined, null, "2024 "]) expect(parseYear(bad, 2026)).toBe(2026);
  });
});

describe("outcomes by cohort", () => {
  const p = (
    programmeStart: string,
    atEnd: CohortGroup["atEnd"],
    oneYear: CohortGroup["oneYear"] = null,
    status: "completed" | "enrolled" = "completed",
    count = 1,
  ): CohortGroup => ({
    cohort: Number(programmeStart.slice(0, 4)),
    completed: status === "completed",
    atEnd,
    oneYear,
    count,
  });

  it("buckets by start year, oldest first, with a total", () => {
    const { cohorts, total } = cohortOutcomes([
      p("2023-08-01", "work", "both"),
      p("2023-01-15", "education", "neither"),
      p("2023-05-01", "neither"),
      p("2023-09-01", null, null, "enrolled"),
      p("2022-02-01", "both", "work"),
    ]);
    expect(cohorts.map((c) => c.year)).toEqual([2022, 2023]);
    const c2023 = cohorts[1];
    expect(c2023.participants).toBe(4);
    expect(c2023.completed).toBe(3);
    expect(c2023.atEnd.counts).toEqual({ work: 1, education: 1, both: 0, neither: 1, notRecorded: 1 });
    // Share of those with a recorded outcome: 2 of 3.
    expect(c2023.atEnd.share).toBeCloseTo(2 / 3);
    expect(c2023.oneYear.counts).toEqual({ work: 0, education: 0, both: 1, neither: 1, notRecorded: 2 });
    expect(c2023.oneYear.share).toBe(0.5);
    expect(total?.participants).toBe(5);
    expect(total?.atEnd.share).toBe(0.75);
  });
  it("has no share where nothing is recorded, and no rows for no participants", () => {
    const { cohorts } = cohortOutcomes([p("2025-03-01", null, null, "enrolled")]);
    expect(cohorts[0].atEnd.share).toBeNull();
    expect(cohortOutcomes([])).toEqual({ cohorts: [], total: null });
  });
  it("weighs each group by how many participants it holds", () => {
    const { total } = cohortOutcomes([
      p("2024-01-01", "work", null, "completed", 3),
      p("2024-01-01", "neither", null, "enrolled", 1),
    ]);
    expect(total).toMatchObject({ participants: 4, completed: 3, atEnd: { share: 0.75 } });
    expect(total?.oneYear.counts.notRecorded).toBe(4);
  });
});

describe("the funnel", () => {
  const e = (participantId: string, step: FunnelEvent["step"], fromFair = false): FunnelEvent => ({
    participantId,
    step,
    fromFair,
  });

  it("counts distinct people per step and the conversion from the step before", () => {
    const rows = funnel([
      e("a", "fair"),
      e("b", "fair"),
      e("c", "fair"),
      e("d", "fair"),
      e("a", "proposed", true),
      e("a", "proposed", true), // a second proposal of the same person
      e("b", "proposed", true),
      e("x", "proposed"),
      e("y", "proposed"),
      e("a", "agreement", true),
      e("x", "agreement"),
      e("a", "hired", true),
    ]);
    expect(rows.map((r) => [r.step, r.all, r.fromFair])).toEqual([
      ["fair", 4, 4],
      ["proposed", 4, 2],
      ["agreement", 2, 1],
      ["hired", 1, 1],
    ]);
    expect(rows.map((r) => r.allRate)).toEqual([null, null, 0.5, 0.5]);
    expect(rows.map((r) => r.fairRate)).toEqual([null, 0.5, 0.5, 1]);
  });
  it("gives zeros and no rates for an empty year", () => {
    const rows = funnel([]);
    expect(rows.map((r) => r.all)).toEqual([0, 0, 0, 0]);
    expect(rows.every((r) => r.allRate === null && r.fairRate === null)).toBe(true);
  });
});

describe("time to first internship", () => {
  it("gives quartiles of days per cohort and counts those without one", () => {
    const { cohorts, total } = timeToInternship([
      { cohort: 2024, days: 10, count: 1 },
      { cohort: 2024, days: 30, count: 1 },
      { cohort: 2024, days: 40, count: 1 },
      { cohort: 2024, days: null, count: 1 },
      { cohort: 2025, days: null, count: 1 },
    ]);
    expect(cohorts.map((c) => c.year)).toEqual([2024, 2025]);
    expect(cohorts[0]).toMatchObject({
      participants: 4,
      withInternship: 3,
      withoutInternship: 1,
      days: { q1: 20, median: 30, q3: 35 },
    });
    expect(cohorts[1]).toMatchObject({ participants: 1, withInternship: 0, withoutInternship: 1, days: null });
    expect(total?.withoutInternship).toBe(2);
    expect(timeToInternship([])).toEqual({ cohorts: [], total: null });
    // The same days, grouped: each day counts as often as participants reached it.
    const grouped = timeToInternship([
      { cohort: 2024, days: 10, count: 1 },
      { cohort: 2024, days: 30, count: 2 },
      { cohort: 2024, days: null, count: 3 },
    ]);
    expect(grouped.total).toMatchObject({ participants: 6, withInternship: 3, days: { q1: 20, median: 30, q3: 30 } });
  });
});

describe("placements by industry", () => {
  it("sums per industry, most placements first and unknown last", () => {
    const { industries, total } = byIndustry([
      { industry: null, proposed: true, agreement: false, hired: false },
      { industry: "retail", proposed: true, agreement: true, hired: false },
      { industry: "construction", proposed: true, agreement: false, hired: false },
      { industry: "construction", proposed: true, agreement: false, hired: false },
      { industry: "construction", proposed: false, agreement: false, hired: true },
      { industry: "cleaning", proposed: false, agreement: false, hired: false },
    ]);
    expect(industries).toEqual([
      { industry: "construction", placements: 2, agreements: 0, hires: 1 },
      { industry: "retail", placements: 1, agreements: 1, hires: 0 },
      { industry: null, placements: 1, agreements: 0, hires: 0 },
    ]);
    expect(total).toEqual({ industry: null, placements: 4, agreements: 1, hires: 1 });
  });
  it("is empty for no placements", () => {
    expect(byIndustry([]).industries).toEqual([]);
  });
});

describe("employers engaged", () => {
  it("compares the year with the one before and splits new from returning", () => {
    const r = employerEngagement(
      [
        { employerId: "a", industry: "retail", year: 2024 },
        { employerId: "a", industry: "retail", year: 2026 },
        { employerId: "b", industry: "construction", year: 2025 },
        { employerId: "b", industry: "construction", year: 2026 },
        { employerId: "c", industry: "construction", year: 2026 },
        { employerId: "d", industry: null, year: 2025 },
      ],
      2026,
    );
    expect(r).toMatchObject({ year: 2026, thisYear: 3, lastYear: 2, newThisYear: 1, returning: 2 });
    expect(r.industries).toEqual([
      { industry: "construction", thisYear: 2, newThisYear: 1, returning: 1, lastYear: 1 },
      { industry: "retail", thisYear: 1, newThisYear: 0, returning: 1, lastYear: 0 },
      { industry: null, thisYear: 0, newThisYear: 0, returning: 0, lastYear: 1 },
    ]);
  });
  it("is all zeros without data", () => {
    expect(employerEngagement([], 2026)).toEqual({
      year: 2026,
      thisYear: 0,
      lastYear: 0,
      newThisYear: 0,
      returning: 0,
      industries: [],
    });
  });
});
