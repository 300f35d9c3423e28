import { describe, expect, it } from "vitest";
import { mayRunSchedule, mayViewSchedule, scheduleViewOf } from "./access";

const fair = { kind: "career_fair" as const };
const meeting = { kind: "info_meeting" as const };

describe("schedule rules", () => {
  it("lets only the organizer run the schedule, at career fairs", () => {
    expect(mayRunSchedule(fair, "organizer")).toBe(true);
    expect(mayRunSchedule(fair, "cohost")).toBe(false);
    expect(mayRunSchedule(fair, "employer")).toBe(false);
    expect(mayRunSchedule(meeting, "organizer")).toBe(false);
  });
  it("shows employers, municipality staff and co-hosts their part, not the organizer's view", () => {
    expect(mayViewSchedule(fair, "employer")).toBe(true);
    expect(mayViewSchedule(fair, "municipality")).toBe(true);
    expect(mayViewSchedule(fair, "cohost")).toBe(true);
    expect(mayViewSchedule(fair, "organizer")).toBe(false);
    expect(mayViewSchedule(meeting, "employer")).toBe(false);
  });
  it("gives employers their stand's view and everyone else their participants' view", () => {
    expect(scheduleViewOf("employer")).toBe("employer");
    expect(scheduleViewOf("consultant")).toBe("municipality");
    expect(scheduleViewOf("municipality_admin")).toBe("municipality");
    expect(scheduleViewOf("partner")).toBe("municipality");
  });
});
