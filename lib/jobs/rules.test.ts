import { describe, expect, it } from "vitest";
import { periodFor } from "./rules";

describe("periodFor", () => {
  it("gives retention one period per Oslo day", () => {
    expect(periodFor("retention", new Date("2026-11-30T03:00:00Z"))).toBe("2026-11-30");
  });

  it("holds the digest until Monday 07:00 Oslo time", () => {
    // Monday 30 Nov 2026: 06:59 and 07:00 in Oslo (UTC+1).
    expect(periodFor("weekly-digest", new Date("2026-11-30T05:59:00Z"))).toBeNull();
    expect(periodFor("weekly-digest", new Date("2026-11-30T06:00:00Z"))).toBe("2026-W49");
  });

  it("catches up later in the week when the servers were down on Monday", () => {
    expect(periodFor("weekly-digest", new Date("2026-12-02T10:00:00Z"))).toBe("2026-W49");
    expect(periodFor("weekly-digest", new Date("2026-12-06T22:30:00Z"))).toBe("2026-W49");
  });

  it("uses summer time for the Monday hour", () => {
    // Monday 1 June 2026, 07:00 in Oslo is 05:00 UTC.
    expect(periodFor("weekly-digest", new Date("2026-06-01T04:59:00Z"))).toBeNull();
    expect(periodFor("weekly-digest", new Date("2026-06-01T05:00:00Z"))).toBe("2026-W23");
  });
});
