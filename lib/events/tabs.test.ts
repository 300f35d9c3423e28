import { describe, expect, it } from "vitest";
import { eventTabs } from "./tabs";

describe("eventTabs", () => {
  it("gives organizers every section of a career fair", () => {
    expect(eventTabs("career_fair", "organizer").map((t) => t.tab)).toEqual([
      "overview",
      "invitations",
      "stands",
      "candidates",
      "schedule",
      "checkIn",
      "leads",
      "report",
    ]);
  });
  it("leaves out fair-only sections, the report among them, for other kinds", () => {
    expect(eventTabs("breakfast_meeting", "organizer").map((t) => t.tab)).toEqual(["overview", "invitations"]);
    expect(eventTabs("info_meeting", "cohost", "consultant").map((t) => t.tab)).toEqual(["overview"]);
    expect(eventTabs("info_meeting", "employer").map((t) => t.tab)).toEqual(["overview"]);
  });
  it("shows employers their own stand, never the invitations or the report", () => {
    const tabs = eventTabs("career_fair", "employer").map((t) => t.tab);
    expect(tabs).toContain("stand");
    expect(tabs).not.toContain("invitations");
    expect(tabs).not.toContain("report");
  });
  it("adds the schedule for municipality staff of a co-hosting municipality, not for other co-hosts", () => {
    expect(eventTabs("career_fair", "cohost", "consultant").map((t) => t.tab)).toEqual([
      "overview",
      "stands",
      "candidates",
      "schedule",
      "report",
    ]);
    expect(eventTabs("career_fair", "cohost", "partner").map((t) => t.tab)).toEqual([
      "overview",
      "stands",
      "candidates",
      "report",
    ]);
  });
  it("builds paths under the event", () => {
    expect(eventTabs("career_fair", "cohost").find((t) => t.tab === "report")?.path).toBe("/report");
  });
});
