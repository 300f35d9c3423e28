import { describe, expect, it } from "vitest";
import { dayKey, isoWeekKey, osloParts, periodFor } from "./rules";

describe("osloParts", () => {
  it("reads the wall clock in Oslo in winter (UTC+1) and summer (UTC+2)", () => {
    expect(osloParts(new Date("2026-01-05T06:30:00Z"))).toEqual({ year: 2026, month: 1, day: 5, weekday: 1, hour: 7 });
    expect(osloParts(new Date("2026-06-01T05:30:00Z"))).toEqual({ year: 2026, month: 6, day: 1, weekday: 1, hour: 7 });
  });
});

describe("dayKey", () => {
  it("uses the Oslo date, which is a day ahead of UTC just before midnight UTC", () => {
    expect(dayKey(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(dayKey(new Date("2026-11-27T22:59:00Z"))).toBe("2026-11-27");
  });
  it("follows summer time", () => {
    expect(dayKey(new Date("2026-07-14T21:59:00Z"))).toBe("2026-07-14");
    expect(dayKey(new Date("2026-07-14T22:00:00Z"))).toBe("2026-07-15");
  });
});

describe("isoWeekKey", () => {
  it.each([
    ["2026-11-28T12:00:00Z", "2026-W48"],
    // 1 January 2027 is a Friday: it belongs to the last week of 2026.
    ["2027-01-01T12:00:00Z", "2026-W53"],
    ["2027-01-04T12:00:00Z", "2027-W01"],
    // 29 December 2025 is a Monday in week 1 of 2026.
    ["2025-12-29T12:00:00Z", "2026-W01"],
    ["2024-12-31T12:00:00Z", "2025-W01"],
    ["2021-01-03T12:00:00Z", "2020-W53"],
  ])("%s is in %s", (at, key) => {
    expect(isoWeekKey(new Date(at))).toBe(key);
  });

  it("switches week at midnight Oslo time, not UTC", () => {
    // Sunday 23:30 UTC on 29 Nov 2026 is Monday 00:30 in Oslo.
    expect(isoWeekKey(new Date("2026-11-29T22:59:00Z"))).toBe("2026-W48");
    expect(isoWeekKey(new Date("2026-11-29T23:30:00Z"))).toBe("2026-W49");
  });
});

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
