import { describe, expect, it } from "vitest";
import { maySeeFairReport } from "./access";

describe("maySeeFairReport", () => {
  it("is for the organizer and co-hosts of a career fair", () => {
    expect(maySeeFairReport({ kind: "career_fair" }, "organizer")).toBe(true);
    expect(maySeeFairReport({ kind: "career_fair" }, "cohost")).toBe(true);
  });
  it("is not for employers or municipality staff, and no other kind of event has a report", () => {
    expect(maySeeFairReport({ kind: "career_fair" }, "employer")).toBe(false);
    expect(maySeeFairReport({ kind: "career_fair" }, "municipality")).toBe(false);
    expect(maySeeFairReport({ kind: "breakfast_meeting" }, "organizer")).toBe(false);
    expect(maySeeFairReport({ kind: "info_meeting" }, "cohost")).toBe(false);
  });
});
