import { describe, expect, it } from "vitest";
import {
  canChangeStatus,
  closesAtFromDate,
  closesDateOf,
  interviewsFit,
  nextDay,
  opensAtFromDate,
  registrationState,
  standCapacityFull,
  shownEventFigures,
  standsState,
  statusTargets,
} from "./rules";

describe("registration window in Oslo days", () => {
  it("closes registration at the end of the chosen day and shows that day again", () => {
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
    const closes = closesAtFromDate("2026-11-20");
    expect(closes?.toISOString()).toBe("2026-11-20T23:00:00.000Z");
    expect(closesDateOf(closes!)).toBe("2026-11-20");
    expect(opensAtFromDate("2026-06-01")?.toISOString()).toBe("2026-05-31T22:00:00.000Z");
  });
});

describe("status changes", () => {
  const starts = new Date("2026-11-28T08:00:00Z");
  const before = new Date("2026-11-01T08:00:00Z");
  const after = new Date("2026-11-28T12:00:00Z");
  it("goes draft → published → completed, and cancels from draft or published", () => {
    expect(statusTargets("draft", starts, before)).toEqual(["published", "cancelled"]);
    expect(statusTargets("published", starts, after)).toEqual(["completed", "cancelled"]);
    expect(statusTargets("completed", starts, after)).toEqual([]);
    expect(statusTargets("cancelled", starts, after)).toEqual([]);
  });
  it("completes an event only once it has begun, and never skips publishing", () => {
    expect(canChangeStatus("published", "completed", starts, before)).toBe(false);
    expect(canChangeStatus("published", "completed", starts, after)).toBe(true);
    expect(canChangeStatus("draft", "completed", starts, after)).toBe(false);
    expect(canChangeStatus("cancelled", "published", starts, before)).toBe(false);
    expect(canChangeStatus("published", "draft", starts, before)).toBe(false);
  });
});

describe("registration window", () => {
  const e = {
    status: "published" as const,
    startsAt: new Date("2026-11-28T08:00:00Z"),
    registrationOpensAt: new Date("2026-10-01T00:00:00Z"),
    registrationClosesAt: new Date("2026-11-21T00:00:00Z"),
  };
  it("is open from the opening day until the closing instant", () => {
    expect(registrationState(e, new Date("2026-09-30T12:00:00Z"))).toBe("notYetOpen");
    expect(registrationState(e, new Date("2026-10-01T00:00:00Z"))).toBe("open");
    expect(registrationState(e, new Date("2026-11-20T23:59:59Z"))).toBe("open");
    expect(registrationState(e, new Date("2026-11-21T00:00:00Z"))).toBe("closed");
  });
  it("is closed once the event has begun even without a deadline, and only published events open", () => {
    const open = { ...e, registrationOpensAt: null, registrationClosesAt: null };
    expect(registrationState(open, new Date("2026-11-28T07:59:00Z"))).toBe("open");
    expect(registrationState(open, new Date("2026-11-28T08:00:00Z"))).toBe("closed");
    expect(registrationState({ ...open, status: "draft" }, new Date("2026-11-01T00:00:00Z"))).toBe("notPublished");
    expect(registrationState({ ...open, status: "cancelled" }, new Date("2026-11-01T00:00:00Z"))).toBe("notPublished");
  });
  it("lets exhibitors sign up before candidates' registration opens, but not after the deadline", () => {
    expect(standsState(e, new Date("2026-09-01T00:00:00Z"))).toBe("open");
    expect(standsState(e, new Date("2026-11-21T00:00:00Z"))).toBe("closed");
  });
});

describe("stand capacity", () => {
  it("is full when the registered stands reach it; no capacity means no limit", () => {
    expect(standCapacityFull(2, 1)).toBe(false);
    expect(standCapacityFull(2, 2)).toBe(true);
    expect(standCapacityFull(null, 500)).toBe(false);
  });
});

describe("speed interviews fit the event", () => {
  it("starts at or after the event and ends by its end", () => {
    expect(interviewsFit("09:00", "15:00", "10:00", 15, 12)).toBe(true);
    expect(interviewsFit("09:00", "13:00", "10:00", 15, 12)).toBe(true);
    expect(interviewsFit("09:00", "12:59", "10:00", 15, 12)).toBe(false);
    expect(interviewsFit("09:00", "15:00", "08:45", 15, 4)).toBe(false);
    expect(interviewsFit("09:00", "15:00", "nope", 15, 4)).toBe(false);
  });
});

describe("the event's key figures as shown", () => {
  const counts = {
    candidates: { registered: 12, waitlisted: 3, cancelled: 0, checkedIn: 4 },
    stands: 2,
    representatives: 3,
    invitations: { sent: 4, registered: 2, declined: 1 },
    interviews: 2,
  };
  it("are exact for the organizer", () => {
    expect(shownEventFigures(counts, true).candidates.waitlisted).toEqual({ value: 3, suppressed: false });
  });
  it("hide 1–4 candidates or interviews from co-hosts, never companies", () => {
    const f = shownEventFigures(counts, false);
    expect(f.candidates).toEqual({
      registered: { value: 12, suppressed: false },
      waitlisted: { value: null, suppressed: true },
      cancelled: { value: 0, suppressed: false },
      checkedIn: { value: null, suppressed: true },
    });
    expect(f.interviews.suppressed).toBe(true);
    expect([f.stands, f.representatives, f.invitations.registered]).toEqual([2, 3, 2]);
  });
});
