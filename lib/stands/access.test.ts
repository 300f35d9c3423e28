import { describe, expect, it } from "vitest";
import { mayKeepOwnStand, mayNumberStands, maySeeStands } from "./access";

const fair = { kind: "career_fair" as const };
const meeting = { kind: "info_meeting" as const };

describe("stand rules", () => {
  it("lets an employer keep its own stand, at a career fair only", () => {
    expect(mayKeepOwnStand(fair, "employer")).toBe(true);
    expect(mayKeepOwnStand(meeting, "employer")).toBe(false);
    expect(mayKeepOwnStand(fair, "organizer")).toBe(false);
    expect(mayKeepOwnStand(fair, "municipality")).toBe(false);
  });
  it("shows every stand to the organizer and the co-hosts", () => {
    expect(maySeeStands(fair, "organizer")).toBe(true);
    expect(maySeeStands(fair, "cohost")).toBe(true);
    expect(maySeeStands(fair, "employer")).toBe(false);
    expect(maySeeStands(fair, "municipality")).toBe(false);
    expect(maySeeStands(meeting, "organizer")).toBe(false);
  });
  it("lets only the organizer number stands", () => {
    expect(mayNumberStands(fair, "organizer")).toBe(true);
    expect(mayNumberStands(fair, "cohost")).toBe(false);
    expect(mayNumberStands(meeting, "organizer")).toBe(false);
  });
});
