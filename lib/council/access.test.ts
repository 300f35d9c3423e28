import { describe, expect, it } from "vitest";
import { councilRole, mayManageGoals, mayRunMeetings, mayUpdateOwn } from "./access";

const council = { chairId: "nav", secretariatId: "assoc", memberIds: ["nav", "assoc", "kommune", "fylke"] };

describe("councilRole", () => {
  it("names secretariat, chair and members, and nobody else", () => {
    expect(councilRole(council, "assoc")).toBe("secretariat");
    expect(councilRole(council, "nav")).toBe("chair");
    expect(councilRole(council, "kommune")).toBe("member");
    expect(councilRole(council, "employer")).toBeNull();
  });
});

describe("what each may do", () => {
  it("lets only the secretariat run meetings", () => {
    expect(mayRunMeetings("secretariat")).toBe(true);
    expect(mayRunMeetings("chair")).toBe(false);
    expect(mayRunMeetings(null)).toBe(false);
  });
  it("lets chair and secretariat manage goals", () => {
    expect(mayManageGoals("chair")).toBe(true);
    expect(mayManageGoals("secretariat")).toBe(true);
    expect(mayManageGoals("member")).toBe(false);
  });
  it("lets a member update only its own things; the secretariat any", () => {
    expect(mayUpdateOwn("member", "kommune", "kommune")).toBe(true);
    expect(mayUpdateOwn("member", "fylke", "kommune")).toBe(false);
    expect(mayUpdateOwn("secretariat", "fylke", "assoc")).toBe(true);
    expect(mayUpdateOwn(null, "x", "x")).toBe(false);
  });
});
