import { describe, expect, it } from "vitest";
import { addMonths, cefrAtLeast, changedFields, monthsLeft, programmeTimeLeft } from "./rules";

describe("Norwegian level", () => {
  it("compares CEFR levels in order", () => {
    expect(cefrAtLeast("B1", "A2")).toBe(true);
    expect(cefrAtLeast("B1", "B1")).toBe(true);
    expect(cefrAtLeast("A2", "B1")).toBe(false);
    expect(cefrAtLeast(null, "A1")).toBe(false);
  });
});

describe("programme time", () => {
  it("counts whole months left", () => {
    expect(monthsLeft("2027-05-28", "2026-11-28")).toBe(6);
    expect(monthsLeft("2027-05-27", "2026-11-28")).toBe(5);
    expect(monthsLeft("2026-10-28", "2026-11-28")).toBe(-1);
  });
  it("says when the programme has ended or has less than a month left", () => {
    expect(programmeTimeLeft("2026-11-27", "2026-11-28")).toEqual({ kind: "ended" });
    expect(programmeTimeLeft("2026-12-10", "2026-11-28")).toEqual({ kind: "lessThanMonth" });
    expect(programmeTimeLeft("2027-11-28", "2026-11-28")).toEqual({ kind: "months", months: 12 });
  });
  it("adds months and clamps the day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-28", 3)).toBe("2027-02-28");
    expect(addMonths("2026-11-28", -12)).toBe("2025-11-28");
  });
});

describe("audit of changes", () => {
  it("names the changed fields, never their values", () => {
    expect(
      changedFields({ firstName: "A", phone: null, hours: 20 }, { firstName: "B", phone: undefined, hours: 20 }),
    ).toEqual(["firstName"]);
  });
});
