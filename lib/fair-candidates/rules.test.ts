import { describe, expect, it } from "vitest";
import {
  checkWishes,
  EDUCATION_LEVELS,
  meetsEligibility,
  placeOrWaitlist,
  registrationState,
  shownCandidateFigures,
  toPromote,
} from "./rules";

describe("eligibility", () => {
  it("orders education levels from none to doctorate", () => {
    expect(EDUCATION_LEVELS).toEqual(["none", "primary", "secondary", "vocational", "bachelor", "master", "doctorate"]);
  });

  it("takes the level itself and everything above it, nothing below", () => {
    expect(meetsEligibility("vocational", "vocational")).toBe(true);
    expect(meetsEligibility("bachelor", "vocational")).toBe(true);
    expect(meetsEligibility("doctorate", "vocational")).toBe(true);
    expect(meetsEligibility("secondary", "vocational")).toBe(false);
    expect(meetsEligibility("none", "primary")).toBe(false);
    expect(meetsEligibility("master", "doctorate")).toBe(false);
  });

  it("takes everyone when the fair has no rule", () => {
    for (const level of EDUCATION_LEVELS) expect(meetsEligibility(level, null)).toBe(true);
  });
});

describe("capacity and waitlist", () => {
  it("gives a place while places are left, then the waitlist; no capacity means no limit", () => {
    expect(placeOrWaitlist(2, 0)).toBe("registered");
    expect(placeOrWaitlist(2, 1)).toBe("registered");
    expect(placeOrWaitlist(2, 2)).toBe("waitlisted");
    expect(placeOrWaitlist(2, 5)).toBe("waitlisted");
    expect(placeOrWaitlist(null, 10_000)).toBe("registered");
  });

  const at = (min: number) => new Date(Date.UTC(2026, 4, 1, 10, min));
  const list = [
    { id: "c", registeredAt: at(3) },
    { id: "a", registeredAt: at(1) },
    { id: "b", registeredAt: at(1) },
    { id: "d", registeredAt: at(7) },
  ];

  it("moves up the earliest registered, as many as there are free places", () => {
    expect(toPromote(10, 9, list).map((c) => c.id)).toEqual(["a"]);
    expect(toPromote(10, 8, list).map((c) => c.id)).toEqual(["a", "b"]);
    expect(toPromote(10, 10, list)).toEqual([]);
    expect(toPromote(10, 12, list)).toEqual([]);
    expect(toPromote(10, 0, list).map((c) => c.id)).toEqual(["a", "b", "c", "d"]);
    expect(toPromote(null, 100, list)).toHaveLength(4);
  });
});

describe("registration window", () => {
  const now = new Date("2026-05-10T12:00:00Z");
  const base = {
    status: "published" as const,
    registrationOpensAt: new Date("2026-05-01T00:00:00Z"),
    registrationClosesAt: new Date("2026-06-01T00:00:00Z"),
    startsAt: new Date("2026-06-08T10:00:00Z"),
  };

  it("is open for a published fair inside its window", () => {
    expect(registrationState(base, now)).toBe("open");
  });

  it("is not open yet before the window, closed at and after its end", () => {
    expect(registrationState({ ...base, registrationOpensAt: new Date("2026-05-11T00:00:00Z") }, now)).toBe("notYet");
    expect(registrationState({ ...base, registrationClosesAt: now }, now)).toBe("closed");
    expect(registrationState(base, new Date("2026-06-02T00:00:00Z"))).toBe("closed");
  });

  it("closes at the start of the fair when there is no closing time", () => {
    const open = { ...base, registrationOpensAt: null, registrationClosesAt: null };
    expect(registrationState(open, now)).toBe("open");
    expect(registrationState(open, base.startsAt)).toBe("closed");
  });

  it("hides drafts and closes completed and cancelled fairs", () => {
    expect(registrationState({ ...base, status: "draft" }, now)).toBe("hidden");
    expect(registrationState({ ...base, status: "completed" }, now)).toBe("closed");
    expect(registrationState({ ...base, status: "cancelled" }, now)).toBe("closed");
  });
});

describe("wishes", () => {
  it("allows up to five distinct stands and refuses a sixth", () => {
    expect(checkWishes(["a", "b", "c", "d", "e"])).toEqual(["a", "b", "c", "d", "e"]);
    expect(checkWishes(["a", "a", "b"])).toEqual(["a", "b"]);
    expect(checkWishes([])).toEqual([]);
    expect(checkWishes(["a", "b", "c", "d", "e", "f"])).toBeNull();
  });
});

describe("the candidates tab's figures as shown", () => {
  const status = { registered: 10, waitlisted: 2, cancelled: 0 };
  const education = { bachelor: 9, master: 3 };
  it("are exact for the organizer, listing only levels somebody has", () => {
    const f = shownCandidateFigures(status, education, true);
    expect(f.status.waitlisted).toEqual({ value: 2, suppressed: false });
    expect(Object.keys(f.education)).toEqual(["bachelor", "master"]);
  });
  it("hide 1–4 people from co-hosts, and the level that would give them back", () => {
    const f = shownCandidateFigures(status, education, false);
    expect(f.status.registered).toEqual({ value: 10, suppressed: false });
    expect(f.status.waitlisted).toEqual({ value: null, suppressed: true });
    expect(f.education.master).toEqual({ value: null, suppressed: true });
    // 12 not cancelled − 9 would give the 3 back.
    expect(f.education.bachelor).toMatchObject({ withheld: true });
  });
});
