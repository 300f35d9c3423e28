import { describe, expect, it } from "vitest";
import { addDays, daysBetween, figuresFrom, median, osloDay, type FidelityCounts } from "./rules";

const none: FidelityCounts = {
  active: 0,
  contacts: 0,
  medianDays: null,
  measured: 0,
  within: 0,
  pending: 0,
  inWork: 0,
  due: 0,
  onTime: 0,
};

describe("date helpers", () => {
  it("count whole days and take the date in Oslo", () => {
    expect(daysBetween("2026-10-01", "2026-10-31")).toBe(30);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // across the change to summer time
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(osloDay(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe("a job specialist with nothing recorded", () => {
  it("has an empty caseload within the limit, no employer contacts, and not enough data for the rest", () => {
    const f = figuresFrom(none, 1);
    expect(f.caseload).toMatchObject({ value: 0, threshold: 20, meets: true });
    expect(f.employerContacts).toMatchObject({ value: 0, threshold: 6, meets: false, count: 0 });
    expect(f.daysToFirstContact).toMatchObject({ value: null, meets: null, measured: 0, shareWithin: null });
    expect(f.competitiveWork).toMatchObject({ value: null, meets: null });
    expect(f.followAlong).toMatchObject({ value: null, meets: null });
  });

  it("a group of nobody has no figures at all", () => {
    const f = figuresFrom(none, 0);
    expect(f.caseload.meets).toBeNull();
    expect(f.employerContacts.meets).toBeNull();
  });
});

describe("caseload size", () => {
  it("is measured against IPS's 20 or the municipality's lower target", () => {
    expect(figuresFrom({ ...none, active: 15 }, 1).caseload).toMatchObject({
      value: 15,
      active: 15,
      meets: true,
      threshold: 20,
    });
    expect(figuresFrom({ ...none, active: 15 }, 1, 15).caseload).toMatchObject({ meets: true, threshold: 15 });
    expect(figuresFrom({ ...none, active: 16 }, 1, 15).caseload).toMatchObject({ value: 16, meets: false });
  });
  it("never lets a municipality's target go above IPS's 20", () => {
    expect(figuresFrom({ ...none, active: 22 }, 1, 25).caseload).toMatchObject({ threshold: 20, meets: false });
  });
});

describe("face-to-face employer contacts per week", () => {
  it("meets the threshold with 24 in the last 4 weeks (6 a week), and not with 23", () => {
    expect(figuresFrom({ ...none, contacts: 24 }, 1).employerContacts).toMatchObject({ value: 6, meets: true });
    expect(figuresFrom({ ...none, contacts: 23 }, 1).employerContacts).toMatchObject({ value: 5.75, meets: false });
  });
});

describe("days to first contact, work and follow-along", () => {
  it("judge the median, the share in work and the share of steps on time against IPS", () => {
    const f = figuresFrom(
      { ...none, medianDays: 30, measured: 4, within: 3, active: 5, inWork: 2, due: 10, onTime: 9 },
      1,
    );
    expect(f.daysToFirstContact).toMatchObject({ value: 30, meets: true, shareWithin: 0.75 });
    expect(f.competitiveWork).toMatchObject({ value: 0.4, meets: true });
    expect(f.followAlong).toMatchObject({ value: 0.9, meets: true });
    const g = figuresFrom({ ...none, medianDays: 30.5, measured: 2, active: 5, inWork: 1, due: 10, onTime: 8 }, 1);
    expect(g.daysToFirstContact.meets).toBe(false);
    expect(g.competitiveWork).toMatchObject({ value: 0.2, meets: false });
    expect(g.followAlong.meets).toBe(false);
  });
});

describe("the team", () => {
  it("averages caseload and contacts per specialist, and pools the rest", () => {
    const team = figuresFrom({ ...none, active: 30, contacts: 40, due: 2, onTime: 1 }, 2, 15);
    expect(team.caseload).toMatchObject({ value: 15, active: 30, meets: true });
    expect(team.employerContacts).toMatchObject({ value: 5, count: 40, meets: false });
    expect(team.followAlong).toMatchObject({ value: 0.5, due: 2 });
  });
});
