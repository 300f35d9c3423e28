import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/write";
import {
  aggregate,
  assess,
  csvRows,
  defaultReportQuarter,
  lastQuarters,
  parseQuarter,
  quarterKey,
  quarterLabel,
  quarterOf,
  quarterStartDate,
  shiftQuarter,
  type DashboardRow,
  type QuarterCount,
} from "./rules";

const at = (iso: string) => new Date(iso);

describe("quarters", () => {
  it("buckets a moment on the Oslo calendar, not UTC", () => {
    expect(quarterOf(at("2026-03-31T21:59:00Z"))).toEqual({ year: 2026, q: 1 }); // 23:59 in Oslo (summer time)
    expect(quarterOf(at("2026-03-31T22:30:00Z"))).toEqual({ year: 2026, q: 2 }); // 00:30 on 1 April in Oslo
    expect(quarterOf(at("2025-12-31T23:30:00Z"))).toEqual({ year: 2026, q: 1 }); // New Year in Oslo
    expect(quarterOf(at("2026-07-01T10:00:00Z"))).toEqual({ year: 2026, q: 3 });
    expect(quarterOf(at("2026-12-31T12:00:00Z"))).toEqual({ year: 2026, q: 4 });
  });

  it("lists the last eight quarters oldest first, ending with the running one, across years", () => {
    const qs = lastQuarters(at("2026-08-15T12:00:00Z"));
    expect(qs.map(quarterKey)).toEqual([
      "2024-4",
      "2025-1",
      "2025-2",
      "2025-3",
      "2025-4",
      "2026-1",
      "2026-2",
      "2026-3",
    ]);
    expect(shiftQuarter({ year: 2026, q: 1 }, -1)).toEqual({ year: 2025, q: 4 });
    expect(shiftQuarter({ year: 2025, q: 4 }, 1)).toEqual({ year: 2026, q: 1 });
    expect(defaultReportQuarter(at("2026-08-15T12:00:00Z"))).toEqual({ year: 2026, q: 2 });
  });

  it("names quarters per language and parses the report's address", () => {
    expect(quarterLabel({ year: 2026, q: 3 }, "nb")).toBe("2026 K3");
    expect(quarterLabel({ year: 2026, q: 3 }, "en")).toBe("2026 Q3");
    expect(quarterStartDate({ year: 2026, q: 4 })).toBe("2026-10-01");
    expect(parseQuarter("2026-3")).toEqual({ year: 2026, q: 3 });
    for (const bad of ["2026-5", "2026-0", "26-1", "2026-3; drop table", "", null, undefined])
      expect(parseQuarter(bad)).toBeNull();
  });
});

describe("aggregate", () => {
  const quarters = lastQuarters(at("2026-08-15T12:00:00Z"));
  const counts: QuarterCount[] = [
    { activity: "placementsCreated", year: 2026, q: 2, n: 12 },
    { activity: "placementsCreated", year: 2026, q: 1, n: 3 },
    { activity: "hires", year: 2026, q: 2, n: 2 },
    { activity: "meetingsHeld", year: 2026, q: 2, n: 1 },
    { activity: "employerContacts", year: 2025, q: 3, n: 4 },
    // Outside the eight quarters: ignored.
    { activity: "placementsCreated", year: 2024, q: 3, n: 99 },
  ];
  const levels = aggregate(counts, quarters);
  const row = (a: string) => levels.flatMap((l) => l.rows).find((r) => r.activity === a) as DashboardRow;

  it("lays out every level's activities with a cell per quarter, missing cells as zero", () => {
    expect(levels.map((l) => l.level)).toEqual(["micro", "meso", "macro"]);
    expect(levels.map((l) => l.rows.length)).toEqual([3, 3, 5]);
    expect(row("placementsCreated").raw).toEqual([0, 0, 0, 0, 0, 3, 12, 0]);
    expect(row("fairsHeld").raw).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("suppresses people counts of 1–4 as '< 5', never zero, and never counts of meetings or contacts", () => {
    expect(row("placementsCreated").shown[5]).toEqual({ value: null, suppressed: true });
    expect(row("placementsCreated").shown[6]).toEqual({ value: 12, suppressed: false });
    expect(row("placementsCreated").shown[0]).toEqual({ value: 0, suppressed: false });
    expect(row("hires").shown[6].suppressed).toBe(true);
    expect(row("meetingsHeld").shown[6]).toEqual({ value: 1, suppressed: false });
    expect(row("employerContacts").shown[3]).toEqual({ value: 4, suppressed: false });
  });

  it("writes CSV rows with '< 5' for suppressed cells, a header, semicolons and a BOM", () => {
    const rows = csvRows(levels, quarters, {
      level: (l) => l,
      activity: (a) => a,
      quarter: (q) => quarterLabel(q, "nb"),
    });
    expect(rows).toHaveLength(11 * 8);
    expect(rows).toContainEqual(["micro", "placementsCreated", "2026 K1", "< 5"]);
    expect(rows).toContainEqual(["micro", "placementsCreated", "2026 K2", "12"]);
    expect(rows).toContainEqual(["micro", "hires", "2026 K2", "< 5"]);
    expect(rows).toContainEqual(["macro", "meetingsHeld", "2026 K2", "1"]);
    const csv = toCsv(["Nivå", "Aktivitet", "Kvartal", "Verdi"], rows);
    expect(csv.startsWith("\uFEFFNivå;Aktivitet;Kvartal;Verdi\r\n")).toBe(true);
    expect(csv).not.toMatch(/;3\r\n/); // the raw 3 never leaks
    expect(toCsv(["a"], [["=SUM(A1)"], ["x;y"]])).toBe('\uFEFFa\r\n\'=SUM(A1)\r\n"x;y"\r\n');
  });
});

describe("where the team plays", () => {
  const row = (activity: "hires" | "meetingsHeld" | "fairsHeld", raw: number[]): DashboardRow => ({
    activity,
    people: false,
    raw,
    shown: [],
  });

  it("judges the last complete quarter: silent at zero, playing otherwise, the running quarter ignored", () => {
    const a = assess([row("hires", [1, 1, 1, 1, 1, 1, 0, 9]), row("meetingsHeld", [0, 0, 0, 0, 0, 0, 2, 0])]);
    expect(a.silent).toEqual(["hires"]);
    expect(a.playing).toEqual(["meetingsHeld"]);
  });

  it("flags falling activity: below half the average of the four quarters before", () => {
    const a = assess([
      row("hires", [0, 0, 10, 10, 10, 10, 4, 0]),
      row("meetingsHeld", [0, 0, 10, 10, 10, 10, 5, 0]),
      row("fairsHeld", [0, 0, 0, 0, 0, 0, 0, 0]),
    ]);
    expect(a.falling).toEqual(["hires"]);
    expect(a.silent).toEqual(["fairsHeld"]);
  });

  it("does not call a quarter without a planned fair silent: nothing was meant to happen", () => {
    const fairs = (raw: number[], planned: number[]): DashboardRow => ({ ...row("fairsHeld", raw), planned });
    const none = assess([fairs([1, 0, 0, 1, 0, 0, 0, 0], [1, 0, 0, 1, 0, 0, 0, 1])]);
    expect(none.silent).toEqual([]);
    expect(none.notPlanned).toEqual(["fairsHeld"]);
    expect(none.falling).toEqual([]);
    // A fair was planned (and cancelled or not held): silent.
    const missed = assess([fairs([0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 1, 0])]);
    expect(missed.silent).toEqual(["fairsHeld"]);
    expect(missed.notPlanned).toEqual([]);
  });

  it("gives the fair activities the planned fairs from the counts", () => {
    const quarters = lastQuarters(new Date("2026-11-15T12:00:00Z"), 2);
    const [level] = aggregate(
      [
        { activity: "fairsPlanned", year: 2026, q: 3, n: 1 },
        { activity: "interviewsHeld", year: 2026, q: 3, n: 12 },
      ],
      quarters,
    ).filter((l) => l.level === "meso");
    const byActivity = Object.fromEntries(level.rows.map((r) => [r.activity, r]));
    expect(byActivity.fairsHeld.planned).toEqual([1, 0]);
    expect(byActivity.interviewsHeld.planned).toEqual([1, 0]);
    expect(byActivity.employerContacts.planned).toBeUndefined();
    expect(level.assessment.silent).toEqual(["fairsHeld", "employerContacts"]);
  });
});
