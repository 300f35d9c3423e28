import { describe, expect, it } from "vitest";
import { mayMatch, mayMatchSlot } from "./access";

describe("matching access", () => {
  it("municipality staff see matches; employers, association staff and partners do not", () => {
    expect(mayMatch("consultant")).toBe(true);
    expect(mayMatch("job_specialist")).toBe(true);
    expect(mayMatch("municipality_admin")).toBe(true);
    expect(mayMatch("employer")).toBe(false);
    expect(mayMatch("association_staff")).toBe(false);
    expect(mayMatch("partner")).toBe(false);
  });

  it("a slot is matched only while open, and only by staff", () => {
    expect(mayMatchSlot("consultant", { status: "open" })).toBe(true);
    expect(mayMatchSlot("consultant", { status: "draft" })).toBe(false);
    expect(mayMatchSlot("consultant", { status: "filled" })).toBe(false);
    expect(mayMatchSlot("employer", { status: "open" })).toBe(false);
  });
});
