import { describe, expect, it } from "vitest";
import { lowerIsBetter, progressOf, quarterOf, quarterPoints, reached, reportedAsOf } from "./progress";

describe("progress toward a target", () => {
  it("goes from baseline to target when higher is better", () => {
    expect(progressOf(55, 70, 55)).toBe(0);
    expect(progressOf(55, 70, 64.3)).toBeCloseTo(0.62);
    expect(progressOf(55, 70, 70)).toBe(1);
    expect(progressOf(55, 70, 80)).toBe(1);
    expect(progressOf(55, 70, 40)).toBe(0);
  });
  it("follows the direction when lower is better (days to first contact)", () => {
    expect(lowerIsBetter(60, 30)).toBe(true);
    expect(progressOf(60, 30, 45)).toBe(0.5);
    expect(progressOf(60, 30, 70)).toBe(0);
    expect(progressOf(60, 30, 20)).toBe(1);
    expect(reached(60, 30, 30)).toBe(true);
    expect(reached(60, 30, 31)).toBe(false);
    expect(reached(55, 70, 71)).toBe(true);
  });
  it("has no progress without a figure", () => {
    expect(progressOf(55, 70, null)).toBeNull();
    expect(reached(55, 70, null)).toBe(false);
  });
  it("handles a target equal to the baseline", () => {
    expect(progressOf(10, 10, 10)).toBe(1);
    expect(progressOf(10, 10, 9)).toBe(0);
  });
});

describe("chart days", () => {
  it("lists quarter ends from the start, then today", () => {
    expect(quarterPoints("2025-02-15", "2025-11-20")).toEqual(["2025-03-31", "2025-06-30", "2025-09-30", "2025-11-20"]);
  });
  it("does not repeat today when it is a quarter end", () => {
    expect(quarterPoints("2025-06-30", "2025-09-30")).toEqual(["2025-06-30", "2025-09-30"]);
  });
  it("has only today for a goal starting later", () => {
    expect(quarterPoints("2027-01-01", "2025-11-20")).toEqual(["2025-11-20"]);
  });
  it("names quarters", () => {
    expect(quarterOf("2025-03-31")).toEqual({ year: 2025, quarter: 1 });
    expect(quarterOf("2025-10-01")).toEqual({ year: 2025, quarter: 4 });
  });
});

describe("reported figures", () => {
  const reports = [
    { reportedFor: "2025-03-31", value: 60 },
    { reportedFor: "2025-06-30", value: 64 },
    { reportedFor: "2025-06-30", value: 66 }, // a later correction for the same day
  ];
  it("takes the latest figure for the day or earlier", () => {
    expect(reportedAsOf(reports, "2025-03-30")).toBeNull();
    expect(reportedAsOf(reports, "2025-04-15")).toBe(60);
    expect(reportedAsOf(reports, "2025-12-31")).toBe(66);
    expect(reportedAsOf([], "2025-12-31")).toBeNull();
  });
});
