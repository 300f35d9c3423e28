import { describe, expect, it } from "vitest";
import { addDays, applyStatus, chooseReminders, isOverdue, isSoonDue, nextStatuses, type ReminderItem } from "./rules";

const today = "2026-11-30";

describe("isOverdue", () => {
  it("is overdue the day after the due date, not on it", () => {
    expect(isOverdue({ dueOn: "2026-11-29", status: "open" }, today)).toBe(true);
    expect(isOverdue({ dueOn: "2026-11-30", status: "open" }, today)).toBe(false);
    expect(isOverdue({ dueOn: "2026-12-01", status: "in_progress" }, today)).toBe(false);
  });
  it("counts items in progress, never done or dropped ones", () => {
    expect(isOverdue({ dueOn: "2026-01-01", status: "in_progress" }, today)).toBe(true);
    expect(isOverdue({ dueOn: "2026-01-01", status: "done" }, today)).toBe(false);
    expect(isOverdue({ dueOn: "2026-01-01", status: "dropped" }, today)).toBe(false);
  });
  it("crosses month and year ends", () => {
    expect(isOverdue({ dueOn: "2026-12-31", status: "open" }, "2027-01-01")).toBe(true);
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
  });
});

describe("isSoonDue", () => {
  it("covers today up to seven days ahead", () => {
    expect(isSoonDue({ dueOn: today, status: "open" }, today)).toBe(true);
    expect(isSoonDue({ dueOn: "2026-12-07", status: "open" }, today)).toBe(true);
    expect(isSoonDue({ dueOn: "2026-12-08", status: "open" }, today)).toBe(false);
    expect(isSoonDue({ dueOn: "2026-11-29", status: "open" }, today)).toBe(false);
    expect(isSoonDue({ dueOn: "2026-12-01", status: "done" }, today)).toBe(false);
  });
});

describe("status changes", () => {
  it("moves an active item to any other status, and reopens finished ones", () => {
    expect(nextStatuses("open")).toEqual(["in_progress", "done", "dropped"]);
    expect(nextStatuses("in_progress")).toEqual(["open", "done", "dropped"]);
    expect(nextStatuses("done")).toEqual(["open"]);
    expect(nextStatuses("dropped")).toEqual(["open"]);
  });
  it("sets done_at when done and clears it otherwise", () => {
    const now = new Date("2026-11-30T10:00:00Z");
    expect(applyStatus("in_progress", "done", now)).toEqual({ status: "done", doneAt: now });
    expect(applyStatus("done", "open", now)).toEqual({ status: "open", doneAt: null });
    expect(applyStatus("open", "in_progress", now)).toEqual({ status: "in_progress", doneAt: null });
  });
  it("refuses a change to the same status or from a finished item straight to another end", () => {
    const now = new Date();
    expect(applyStatus("open", "open", now)).toBeNull();
    expect(applyStatus("done", "dropped", now)).toBeNull();
  });
});

describe("chooseReminders", () => {
  const item = (
    id: string,
    ownerOrgId: string,
    dueOn: string,
    status: ReminderItem["status"] = "open",
  ): ReminderItem => ({ id, title: `Punkt ${id}`, ownerOrgId, dueOn, status });

  it("picks, per organization with something overdue, its overdue and soon-due items by due date", () => {
    const items = [
      item("a2", "nav", "2026-11-20"),
      item("a1", "nav", "2026-10-01", "in_progress"),
      item("a3", "nav", "2026-12-03"),
      item("a4", "nav", "2027-01-15"), // later than a week: not included
      item("a5", "nav", "2026-11-01", "done"),
    ];
    expect(chooseReminders(items, today)).toEqual([
      { ownerOrgId: "nav", overdue: [items[1], items[0]], soon: [items[2]] },
    ]);
  });

  it("leaves out organizations with only soon-due, finished or later items", () => {
    const items = [
      item("b1", "kommune", "2026-12-02"),
      item("b2", "fylke", "2026-11-01", "dropped"),
      item("b3", "uib", "2027-03-01"),
      item("b4", "nav", "2026-11-29"),
    ];
    expect(chooseReminders(items, today).map((r) => r.ownerOrgId)).toEqual(["nav"]);
  });

  it("gives each organization its own entry", () => {
    const items = [
      item("c1", "nav", "2026-11-01"),
      item("c2", "kommune", "2026-11-02"),
      item("c3", "nav", "2026-12-01"),
    ];
    const chosen = chooseReminders(items, today);
    expect(chosen.map((r) => [r.ownerOrgId, r.overdue.map((i) => i.id), r.soon.map((i) => i.id)])).toEqual([
      ["kommune", ["c2"], []],
      ["nav", ["c1"], ["c3"]],
    ]);
  });

  it("sends nothing when nothing is overdue", () => {
    expect(chooseReminders([], today)).toEqual([]);
  });
});
