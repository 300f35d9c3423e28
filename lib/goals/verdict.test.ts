import { describe, expect, it } from "vitest";
import { goalVerdict, timeElapsed } from "./verdict";

const goal = { baseline: 55, target: 70, startsOn: "2026-01-01", deadline: "2027-01-01", suppressed: false };

describe("time elapsed to the deadline", () => {
  it("runs from 0 at the start to 1 at the deadline, clamped either side", () => {
    expect(timeElapsed("2026-01-01", "2027-01-01", "2026-01-01")).toBe(0);
    expect(timeElapsed("2026-01-01", "2027-01-01", "2025-06-01")).toBe(0);
    expect(timeElapsed("2026-01-01", "2027-01-01", "2026-07-02")).toBeCloseTo(0.5, 2);
    expect(timeElapsed("2026-01-01", "2027-01-01", "2027-01-01")).toBe(1);
    expect(timeElapsed("2026-01-01", "2027-01-01", "2028-01-01")).toBe(1);
  });
  it("treats a deadline on (or before) the start day as all or nothing", () => {
    expect(timeElapsed("2026-05-01", "2026-05-01", "2026-04-30")).toBe(0);
    expect(timeElapsed("2026-05-01", "2026-05-01", "2026-05-01")).toBe(1);
  });
});

describe("a goal's verdict", () => {
  it("is on track when the way covered keeps up with the time gone", () => {
    // 73 % of the way (66 of 55→70), half the time gone.
    const v = goalVerdict({ ...goal, current: 66 }, "2026-07-02");
    expect(v.kind).toBe("onTrack");
    expect(v.progress).toBeCloseTo(0.733, 2);
    expect(v.elapsed).toBeCloseTo(0.5, 2);
  });
  it("is behind when the time has run ahead of the figure", () => {
    const v = goalVerdict({ ...goal, current: 58 }, "2026-10-01");
    expect(v.kind).toBe("behind");
    expect(v.progress).toBeCloseTo(0.2);
  });
  it("is on track at 0 % of the time, even with no progress yet", () => {
    expect(goalVerdict({ ...goal, current: 55 }, "2026-01-01")).toEqual({ kind: "onTrack", progress: 0, elapsed: 0 });
    expect(goalVerdict({ ...goal, current: 50 }, "2025-12-01").kind).toBe("onTrack");
  });
  it("is reached once the target is met, before or after the deadline", () => {
    expect(goalVerdict({ ...goal, current: 71 }, "2026-03-01").kind).toBe("reached");
    expect(goalVerdict({ ...goal, current: 70 }, "2027-06-01").kind).toBe("reached");
  });
  it("is missed when the deadline has passed without reaching the target", () => {
    const v = goalVerdict({ ...goal, current: 69 }, "2027-01-02");
    expect(v.kind).toBe("missed");
    expect(v.elapsed).toBe(1);
    expect(v.progress).toBeCloseTo(14 / 15);
  });
  it("follows a reduction goal's direction (target below the baseline)", () => {
    const days = { ...goal, baseline: 60, target: 30 };
    expect(goalVerdict({ ...days, current: 40 }, "2026-07-02").kind).toBe("onTrack");
    expect(goalVerdict({ ...days, current: 55 }, "2026-07-02").kind).toBe("behind");
    expect(goalVerdict({ ...days, current: 30 }, "2026-07-02").kind).toBe("reached");
    expect(goalVerdict({ ...days, current: 70 }, "2026-07-02").progress).toBe(0);
  });
  it("counts from nothing when there is no baseline (0)", () => {
    const v = goalVerdict({ ...goal, baseline: 0, target: 40, current: 10 }, "2026-07-02");
    expect(v.kind).toBe("behind");
    expect(v.progress).toBe(0.25);
  });
  it("gives no verdict without a figure, or when the figure is hidden (< 5)", () => {
    expect(goalVerdict({ ...goal, current: null }, "2026-07-02")).toMatchObject({ kind: "noFigure", progress: null });
    expect(goalVerdict({ ...goal, current: 80, suppressed: true }, "2026-07-02")).toMatchObject({
      kind: "suppressed",
      progress: null,
    });
  });
});
