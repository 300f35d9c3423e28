import { describe, expect, it } from "vitest";
import { firstAdminRole, removeOperatorRefusal, setupTokenExpires, setupTokenState } from "./rules";

const now = new Date("2026-03-02T10:00:00Z");

describe("the setup link", () => {
  it("lives 24 hours", () => {
    expect(setupTokenExpires(now).toISOString()).toBe("2026-03-03T10:00:00.000Z");
  });
  it("is valid until it expires or is used, and void for everyone once an operator exists", () => {
    const fresh = { expiresAt: setupTokenExpires(now), usedAt: null };
    expect(setupTokenState(fresh, false, now)).toBe("valid");
    expect(setupTokenState(fresh, false, new Date("2026-03-03T10:00:00Z"))).toBe("expired");
    expect(setupTokenState({ ...fresh, usedAt: now }, false, now)).toBe("used");
    expect(setupTokenState(undefined, false, now)).toBe("unknown");
    expect(setupTokenState(fresh, true, now)).toBe("done");
    expect(setupTokenState(undefined, true, now)).toBe("done");
  });
});

describe("the first admin of an organization", () => {
  it("gets the role that manages its people", () => {
    expect(firstAdminRole("municipality")).toEqual({ role: "municipality_admin", isAdmin: false });
    expect(firstAdminRole("association")).toEqual({ role: "association_staff", isAdmin: true });
    expect(firstAdminRole("partner")).toEqual({ role: "partner", isAdmin: false });
  });
});

describe("removing an operator", () => {
  it("is refused for oneself and for the last one", () => {
    expect(removeOperatorRefusal("a", "a", 3)).toBe("self");
    expect(removeOperatorRefusal("a", "b", 1)).toBe("last");
    expect(removeOperatorRefusal("a", "b", 2)).toBeNull();
  });
});
