import { describe, expect, it } from "vitest";
import { mayWorkTheDoor } from "./access";

describe("mayWorkTheDoor", () => {
  it("is for the organizer at a career fair", () => {
    expect(mayWorkTheDoor({ kind: "career_fair" }, "organizer")).toBe(true);
  });
  it("is not for co-hosts, employers or municipality staff, nor at other events", () => {
    expect(mayWorkTheDoor({ kind: "career_fair" }, "cohost")).toBe(false);
    expect(mayWorkTheDoor({ kind: "career_fair" }, "employer")).toBe(false);
    expect(mayWorkTheDoor({ kind: "career_fair" }, "municipality")).toBe(false);
    expect(mayWorkTheDoor({ kind: "breakfast_meeting" }, "organizer")).toBe(false);
  });
});
