import { describe, expect, it } from "vitest";
import {
  addMonths,
  contactsPerSpecialistWeek,
  employersFirstPlacement,
  evaluate,
  firstContactWithin30Share,
  medianDaysToEmployerContact,
  workOrEducationShare,
  yearUpTo,
  type EnrolmentRow,
  type WorkEducationRow,
} from "./metrics";

const W = { from: "2025-01-01", to: "2026-01-01" };
const enrol = (enrolledAt: string, firstEmployerContact: string | null, ips = true): EnrolmentRow => ({
  enrolledAt,
  firstEmployerContact,
  ips,
});
const times = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

describe("dates", () => {
  it("adds months, clamping to the month's end", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-03-15", -36)).toBe("2022-03-15");
    expect(addMonths("2025-11-30", 2)).toBe("2026-01-30");
  });
  it("a year up to a day includes the day", () => {
    expect(yearUpTo("2025-12-31")).toEqual({ from: "2025-01-01", to: "2026-01-01" });
  });
});

describe("counts per window", () => {
  const days = [
    { day: "2024-12-31", n: 9 },
    { day: "2025-01-01", n: 3 },
    { day: "2025-06-10", n: 4 },
    { day: "2026-01-01", n: 7 },
  ];
  it("counts slots inside [from, to) only, without suppression (slots are not people)", () => {
    expect(evaluate({ metric: "internship_slots_posted", days }, W)).toEqual({ value: 7, suppressed: false, n: 7 });
    expect(evaluate({ metric: "internship_slots_posted", days: [{ day: "2025-02-01", n: 2 }] }, W)).toEqual({
      value: 2,
      suppressed: false,
      n: 2,
    });
  });
  it("suppresses 1–4 people for placements, hires and fair leads, shows 0 and 5", () => {
    for (const metric of ["placements_agreed", "hires", "fair_leads_to_placements"] as const) {
      expect(evaluate({ metric, days: [] }, W)).toEqual({ value: 0, suppressed: false, n: 0 });
      expect(evaluate({ metric, days: [{ day: "2025-03-01", n: 1 }] }, W)).toEqual({
        value: null,
        suppressed: true,
        n: 1,
      });
      expect(evaluate({ metric, days: [{ day: "2025-03-01", n: 4 }] }, W).suppressed).toBe(true);
      expect(evaluate({ metric, days }, W)).toEqual({ value: 7, suppressed: false, n: 7 });
    }
  });
  it("counts employers whose first placement is in the window", () => {
    expect(employersFirstPlacement([], W).value).toBe(0);
    expect(employersFirstPlacement(["2025-05-01"], W)).toEqual({ value: 1, suppressed: false, n: 1 });
    expect(employersFirstPlacement(["2024-05-01", "2025-05-01", "2025-12-31", "2026-01-01"], W).value).toBe(2);
  });
});

describe("work or education share", () => {
  const row = (
    programmeStart: string,
    inWorkAtMark: boolean,
    outcome: WorkEducationRow["outcome"],
  ): WorkEducationRow => ({ programmeStart, inWorkAtMark, outcome });
  it("is empty without anyone reaching the mark", () => {
    expect(workOrEducationShare([], 36, W)).toEqual({ value: null, suppressed: false, n: 0 });
    expect(workOrEducationShare([row("2023-01-01", true, null)], 36, W).n).toBe(0);
  });
  it("counts a job at the mark or an outcome of work, education or both", () => {
    const rows = [
      row("2022-02-01", true, null),
      row("2022-03-01", false, "education"),
      row("2022-04-01", false, "both"),
      row("2022-05-01", false, "work"),
      row("2022-06-01", false, "neither"),
      row("2022-07-01", false, null),
      row("2022-08-01", false, null),
      row("2022-09-01", false, null),
      row("2022-10-01", false, null),
      row("2022-11-01", false, null),
      // Mark outside the window: not counted at all.
      row("2021-11-01", true, "work"),
      row("2023-01-01", true, "work"),
    ];
    // Doubled so that no part is a suppressed small number: 8 of 20.
    expect(workOrEducationShare([...rows, ...rows], 36, W)).toEqual({ value: 40, suppressed: false, n: 20 });
  });
  it("suppresses a share resting on fewer than 5 people", () => {
    expect(workOrEducationShare([row("2022-02-01", true, null)], 36, W)).toEqual({
      value: null,
      suppressed: true,
      n: 1,
    });
    // 1 of 6: the small part is suppressed too.
    const six = [row("2022-02-01", true, null), ...times(5, () => row("2022-03-01", false, null))];
    expect(workOrEducationShare(six, 36, W).suppressed).toBe(true);
  });
  it("uses the months parameter for the mark", () => {
    expect(
      workOrEducationShare(
        times(5, () => row("2024-03-01", true, null)),
        12,
        W,
      ),
    ).toEqual({ value: 100, suppressed: false, n: 5 });
  });
});

describe("median days to employer contact", () => {
  it("is empty without measured participants", () => {
    expect(medianDaysToEmployerContact([], W)).toEqual({ value: null, suppressed: false, n: 0 });
    expect(medianDaysToEmployerContact([enrol("2025-03-01", null)], W).value).toBeNull();
  });
  it("suppresses one participant", () => {
    expect(medianDaysToEmployerContact([enrol("2025-03-01", "2025-03-11")], W)).toEqual({
      value: null,
      suppressed: true,
      n: 1,
    });
  });
  it("takes the middle of an odd count and the mean of the two middles of an even count", () => {
    const odd = [10, 2, 30, 4, 50].map((d) => enrol("2025-03-01", addDays("2025-03-01", d)));
    expect(medianDaysToEmployerContact(odd, W)).toEqual({ value: 10, suppressed: false, n: 5 });
    const even = [1, 2, 3, 10, 20, 40].map((d) => enrol("2025-03-01", addDays("2025-03-01", d)));
    expect(medianDaysToEmployerContact(even, W).value).toBe(6.5);
  });
  it("leaves out those without a contact, enrolled outside the window, or contacted after it", () => {
    const rows = [
      ...[5, 5, 5, 5, 5].map((d) => enrol("2025-03-01", addDays("2025-03-01", d))),
      enrol("2025-03-01", null),
      enrol("2024-12-01", "2025-01-05"),
      enrol("2025-12-01", "2026-02-01"),
    ];
    expect(medianDaysToEmployerContact(rows, W)).toEqual({ value: 5, suppressed: false, n: 5 });
  });
});

describe("first contact within 30 days", () => {
  it("counts IPS participants only and leaves out those too new to tell", () => {
    const rows = [
      enrol("2025-01-10", "2025-01-20"),
      enrol("2025-02-01", "2025-03-03"), // 30 days: within
      enrol("2025-02-01", "2025-03-04"), // 31 days: late
      enrol("2025-04-01", null), // never: late
      enrol("2025-05-01", "2025-05-02"),
      enrol("2025-06-01", "2025-06-02", false), // not IPS
      enrol("2025-12-20", null), // 11 days before the end: too early
    ];
    // Doubled so that no part is a suppressed small number: 6 of 10.
    expect(firstContactWithin30Share([...rows, ...rows], W)).toEqual({ value: 60, suppressed: false, n: 10 });
  });
  it("counts a late participant still waiting, and suppresses small groups", () => {
    expect(firstContactWithin30Share([], W)).toEqual({ value: null, suppressed: false, n: 0 });
    expect(firstContactWithin30Share([enrol("2025-03-01", null)], W).suppressed).toBe(true);
  });
});

describe("face-to-face contacts per specialist week", () => {
  it("divides by specialists and weeks", () => {
    const w = { from: "2025-01-01", to: "2025-01-15" };
    expect(
      contactsPerSpecialistWeek(
        [
          { day: "2025-01-02", n: 10 },
          { day: "2025-01-20", n: 99 },
        ],
        2,
        w,
      ),
    ).toEqual({ value: 2.5, suppressed: false, n: 10 });
  });
  it("has no figure without specialists, and zero without contacts", () => {
    expect(contactsPerSpecialistWeek([{ day: "2025-01-02", n: 10 }], 0, W).value).toBeNull();
    expect(evaluate({ metric: "face_to_face_contacts_per_specialist_week", days: [], specialists: 3 }, W).value).toBe(
      0,
    );
  });
});

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
