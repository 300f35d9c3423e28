import { describe, expect, it } from "vitest";
import { mayInvite } from "./access";

describe("mayInvite", () => {
  it("is for the organizer, at every kind of event", () => {
    expect(mayInvite({ kind: "career_fair" }, "organizer")).toBe(true);
    expect(mayInvite({ kind: "breakfast_meeting" }, "organizer")).toBe(true);
  });
  it("is not for co-hosts, employers or municipality staff", () => {
    expect(mayInvite({ kind: "career_fair" }, "cohost")).toBe(false);
    expect(mayInvite({ kind: "career_fair" }, "employer")).toBe(false);
    expect(mayInvite({ kind: "career_fair" }, "municipality")).toBe(false);
  });
});
