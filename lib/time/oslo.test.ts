import { describe, expect, it } from "vitest";
import { osloDate, osloDateAndTime, osloInstant, osloIsoWeek, osloLocalToDate, osloWallClock } from "./oslo";

// Summer time in 2026 starts 29 March at 02:00 (01:00 UTC) and ends 25 October at 03:00 (01:00 UTC).

describe("osloWallClock", () => {
  it("reads the wall clock in Oslo in winter (UTC+1) and summer (UTC+2)", () => {
    expect(osloWallClock(new Date("2026-01-05T06:30:00Z"))).toEqual({
      year: 2026,
      month: 1,
      day: 5,
      weekday: 1,
      hour: 7,
      minute: 30,
    });
    expect(osloWallClock(new Date("2026-06-01T05:30:00Z"))).toMatchObject({ month: 6, day: 1, weekday: 1, hour: 7 });
  });

  it("jumps from 02:00 to 03:00 in spring and repeats 02:00 in autumn", () => {
    expect(osloWallClock(new Date("2026-03-29T00:59:00Z"))).toMatchObject({ hour: 1, minute: 59 });
    expect(osloWallClock(new Date("2026-03-29T01:00:00Z"))).toMatchObject({ hour: 3, minute: 0 });
    expect(osloWallClock(new Date("2026-10-25T00:30:00Z"))).toMatchObject({ hour: 2, minute: 30 });
    expect(osloWallClock(new Date("2026-10-25T01:30:00Z"))).toMatchObject({ hour: 2, minute: 30 });
  });

  it("shows midnight as hour 0 and Sunday as 7", () => {
    expect(osloWallClock(new Date("2026-11-28T23:00:00Z"))).toMatchObject({ day: 29, weekday: 7, hour: 0 });
  });
});

describe("osloDate", () => {
  it("uses the Oslo date, which is a day ahead of UTC just before midnight UTC", () => {
    expect(osloDate(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(osloDate(new Date("2026-11-27T22:59:00Z"))).toBe("2026-11-27");
    expect(osloDate(new Date("2026-11-28T23:30:00Z"))).toBe("2026-11-29");
  });

  it("follows summer time", () => {
    expect(osloDate(new Date("2026-07-14T21:59:00Z"))).toBe("2026-07-14");
    expect(osloDate(new Date("2026-07-14T22:00:00Z"))).toBe("2026-07-15");
  });

  it("turns the year at Oslo's midnight", () => {
    expect(osloDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});

describe("osloDateAndTime", () => {
  it("gives a form the Oslo date and time of an instant", () => {
    expect(osloDateAndTime(new Date("2026-11-27T23:30:00Z"))).toEqual({ date: "2026-11-28", time: "00:30" });
    expect(osloDateAndTime(new Date("2026-06-15T07:30:00Z"))).toEqual({ date: "2026-06-15", time: "09:30" });
  });

  it("reads back what osloInstant wrote, on the days the clock changes too", () => {
    for (const [date, time] of [
      ["2026-03-29", "01:59"],
      ["2026-03-29", "03:00"],
      ["2026-10-25", "01:30"],
      ["2026-10-25", "03:00"],
    ])
      expect(osloDateAndTime(osloInstant(date, time)!)).toEqual({ date, time });
  });
});

describe("osloLocalToDate and osloInstant", () => {
  it("read a datetime-local value as Oslo time, winter and summer", () => {
    expect(osloLocalToDate("2026-12-01T10:00")?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(osloLocalToDate("2026-06-15T10:30")?.toISOString()).toBe("2026-06-15T08:30:00.000Z");
    expect(osloInstant("2026-11-28", "09:30")?.toISOString()).toBe("2026-11-28T08:30:00.000Z");
    expect(osloInstant("2026-06-15", "09:30")?.toISOString()).toBe("2026-06-15T07:30:00.000Z");
  });

  it("get the days the clock changes right", () => {
    expect(osloInstant("2026-03-29", "12:00")?.toISOString()).toBe("2026-03-29T10:00:00.000Z");
    expect(osloInstant("2026-10-25", "12:00")?.toISOString()).toBe("2026-10-25T11:00:00.000Z");
    expect(osloInstant("2026-03-29", "01:30")?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(osloInstant("2026-03-29", "03:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("read the hour that does not exist in spring as the same time an hour later", () => {
    expect(osloInstant("2026-03-29", "02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("read the hour that happens twice in autumn as the second one, in winter time", () => {
    expect(osloInstant("2026-10-25", "02:30")?.toISOString()).toBe("2026-10-25T01:30:00.000Z");
  });

  it("refuse what is not a date and time", () => {
    expect(osloLocalToDate("")).toBeNull();
    expect(osloLocalToDate("2026-02-30T10:00")).toBeNull();
    expect(osloLocalToDate("i morgen")).toBeNull();
    expect(osloInstant("2026-02-10", "25:00")).toBeNull();
    expect(osloInstant("i morgen", "10:00")).toBeNull();
  });
});

describe("osloIsoWeek", () => {
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
    expect(osloIsoWeek(new Date(at))).toBe(key);
  });

  it("switches week at midnight Oslo time, not UTC", () => {
    // Sunday 23:30 UTC on 29 Nov 2026 is Monday 00:30 in Oslo.
    expect(osloIsoWeek(new Date("2026-11-29T22:59:00Z"))).toBe("2026-W48");
    expect(osloIsoWeek(new Date("2026-11-29T23:30:00Z"))).toBe("2026-W49");
  });
});
