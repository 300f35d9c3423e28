import { describe, expect, it } from "vitest";
import {
  addDays,
  buildDigest,
  cadenceFor,
  digestCounts,
  dueRangeBounds,
  dueState,
  sortDue,
  sortTimeline,
  upcomingCadence,
  weekOf,
} from "./rules";

describe("addDays", () => {
  it("crosses month and year ends and leap days", () => {
    expect(addDays("2026-01-30", 3)).toBe("2026-02-02");
    expect(addDays("2026-12-30", 5)).toBe("2027-01-04");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30"); // summer time starts in Oslo that night
  });
});

describe("cadenceFor", () => {
  it("plans before start, the first days, weekly for a month and monthly up to six months", () => {
    expect(cadenceFor("2026-03-02", null)).toEqual([
      { dueOn: "2026-02-27", titleKey: "beforeStart" },
      { dueOn: "2026-03-05", titleKey: "afterStart" },
      { dueOn: "2026-03-09", titleKey: "week1" },
      { dueOn: "2026-03-16", titleKey: "week2" },
      { dueOn: "2026-03-23", titleKey: "week3" },
      { dueOn: "2026-03-30", titleKey: "week4" },
      { dueOn: "2026-05-02", titleKey: "month2" },
      { dueOn: "2026-06-02", titleKey: "month3" },
      { dueOn: "2026-07-02", titleKey: "month4" },
      { dueOn: "2026-08-02", titleKey: "month5" },
      { dueOn: "2026-09-02", titleKey: "month6" },
    ]);
  });

  it("stops at the end date when the work ends within six months", () => {
    const steps = cadenceFor("2026-03-02", "2026-06-15");
    expect(steps.map((s) => s.titleKey)).toEqual([
      "beforeStart",
      "afterStart",
      "week1",
      "week2",
      "week3",
      "week4",
      "month2",
      "month3",
    ]);
    expect(steps.at(-1)!.dueOn <= "2026-06-15").toBe(true);
  });

  it("includes a step that falls on the end date itself", () => {
    expect(cadenceFor("2026-03-02", "2026-03-16").map((s) => s.titleKey)).toEqual([
      "beforeStart",
      "afterStart",
      "week1",
      "week2",
    ]);
  });

  it("keeps the contact before and just after start even for work of a day or two", () => {
    expect(cadenceFor("2026-03-02", "2026-03-03")).toEqual([
      { dueOn: "2026-02-27", titleKey: "beforeStart" },
      { dueOn: "2026-03-05", titleKey: "afterStart" },
    ]);
  });

  it("clamps monthly steps to the month's last day", () => {
    const steps = cadenceFor("2026-08-31", null);
    expect(steps.find((s) => s.titleKey === "month2")!.dueOn).toBe("2026-10-31");
    expect(steps.find((s) => s.titleKey === "month3")!.dueOn).toBe("2026-11-30");
  });

  it("leaves out steps already in the past when the start is registered late", () => {
    const steps = upcomingCadence("2026-03-02", null, "2026-03-20");
    expect(steps[0]).toEqual({ dueOn: "2026-03-23", titleKey: "week3" });
    expect(steps).toHaveLength(7);
    expect(upcomingCadence("2026-03-02", null, "2026-02-27")).toHaveLength(11);
  });
});

describe("due list order", () => {
  const today = "2026-11-28";
  it("names the state of a due date", () => {
    expect(dueState("2026-11-27", today)).toBe("overdue");
    expect(dueState("2026-11-28", today)).toBe("today");
    expect(dueState("2026-11-29", today)).toBe("upcoming");
  });

  it("puts overdue first (oldest first), then today, then upcoming (soonest first)", () => {
    const items = [
      { id: "e", dueOn: "2026-12-10" },
      { id: "c", dueOn: "2026-11-28" },
      { id: "b", dueOn: "2026-11-20" },
      { id: "d", dueOn: "2026-11-29" },
      { id: "a", dueOn: "2026-10-01" },
      { id: "a2", dueOn: "2026-10-01" },
    ];
    expect(sortDue(items, today).map((i) => i.id)).toEqual(["a", "a2", "b", "c", "d", "e"]);
    expect(items[0].id).toBe("e"); // the input is left as it was
  });
});

describe("sortTimeline", () => {
  it("orders newest day first, and within a day the latest recorded first", () => {
    const events = [
      { id: "old", on: "2026-01-05", at: new Date("2026-03-01T10:00:00Z") },
      { id: "morning", on: "2026-02-10", at: new Date("2026-02-10T08:00:00Z") },
      { id: "evening", on: "2026-02-10", at: new Date("2026-02-10T18:00:00Z") },
    ];
    expect(sortTimeline(events).map((e) => e.id)).toEqual(["evening", "morning", "old"]);
  });
});

describe("weekly digest", () => {
  const today = "2026-11-30";
  const opts = {
    recipientName: "Jonas <Kvamsdal>",
    municipality: "Bergen kommune",
    appUrl: "https://lagspill.example/",
  };

  it("counts overdue, today and the next seven days, and ignores what is further ahead", () => {
    expect(digestCounts(["2026-11-20", "2026-11-25", "2026-11-30", "2026-12-07", "2026-12-08"], today)).toEqual({
      overdue: 2,
      today: 1,
      upcoming: 1,
      oldestOverdue: "2026-11-20",
    });
  });

  it("says who sent it and why, links to the due list and escapes names in HTML", () => {
    const d = buildDigest(["2026-11-20", "2026-11-30", "2026-12-02"], today, "nb", opts);
    expect(d.subject).toBe("Lagspill: du har forfalt oppfølging (1)");
    expect(d.text).toContain("Hei Jonas <Kvamsdal>!");
    expect(d.text).toContain("Bergen kommune");
    expect(d.text).toContain("Forfalt: 1 (den eldste hadde frist 20.11.2026)");
    expect(d.text).toContain("Frist i dag: 1");
    expect(d.text).toContain("Frist de neste sju dagene: 1");
    expect(d.text).toContain("https://lagspill.example/follow-ups");
    expect(d.html).toContain("Jonas &lt;Kvamsdal&gt;");
    expect(d.html).not.toContain("<Kvamsdal>");
    expect(d.html).toContain('href="https://lagspill.example/follow-ups"');
  });

  it("leaves out empty lines and writes English when asked", () => {
    const d = buildDigest(["2026-12-03"], today, "en", opts);
    expect(d.subject).toBe("Lagspill: your follow-ups this week (1)");
    expect(d.text).toContain("Due in the next seven days: 1");
    expect(d.text).not.toContain("Overdue");
    expect(d.text).toContain("1 in all");
    expect(d.text).not.toMatch(/\{\w+\}/);
  });
});

describe("weekOf", () => {
  it("runs from Monday to Sunday", () => {
    // Monday 7 December 2026, a Wednesday, and the Sunday that ends the week.
    expect(weekOf("2026-12-07")).toEqual({ from: "2026-12-07", to: "2026-12-13" });
    expect(weekOf("2026-12-09")).toEqual({ from: "2026-12-07", to: "2026-12-13" });
    expect(weekOf("2026-12-13")).toEqual({ from: "2026-12-07", to: "2026-12-13" });
  });

  it("counts a Sunday in the week before it, not the one after", () => {
    expect(weekOf("2026-11-29")).toEqual({ from: "2026-11-23", to: "2026-11-29" });
  });

  it("crosses the year boundary both ways", () => {
    // Thursday 31 December 2026 and Friday 1 January 2027 share a week.
    expect(weekOf("2026-12-31")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
    expect(weekOf("2027-01-01")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
    expect(weekOf("2027-01-03")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
  });

  it("crosses a leap day", () => {
    expect(weekOf("2028-03-01")).toEqual({ from: "2028-02-28", to: "2028-03-05" });
  });
});

describe("dueRangeBounds", () => {
  const today = "2026-12-09";
  it("gives overdue as everything up to today, what the home page counts", () => {
    expect(dueRangeBounds("overdue", today)).toEqual({ from: null, until: "2026-12-09" });
  });
  it("gives this week from Monday to Sunday", () => {
    expect(dueRangeBounds("week", today)).toEqual({ from: "2026-12-07", until: "2026-12-13" });
    // On a Sunday the week is the one that ends that day.
    expect(dueRangeBounds("week", "2026-12-13")).toEqual({ from: "2026-12-07", until: "2026-12-13" });
  });
  it("looks two weeks ahead by default and has no bounds for everything", () => {
    expect(dueRangeBounds("soon", today)).toEqual({ from: null, until: "2026-12-23" });
    expect(dueRangeBounds("all", today)).toEqual({ from: null, until: null });
  });
});
