import { describe, expect, it } from "vitest";
import { personStatus } from "./rules";

describe("status", () => {
  const signedIn = new Date("2026-11-01T08:00:00Z");
  it("is active once the person has signed in", () => {
    expect(personStatus({ deactivatedAt: null, emailVerified: signedIn })).toBe("active");
  });
  it("is invited while the person has never signed in", () => {
    expect(personStatus({ deactivatedAt: null, emailVerified: null })).toBe("invited");
  });
  it("is deactivated whether or not the person ever signed in", () => {
    expect(personStatus({ deactivatedAt: new Date(), emailVerified: signedIn })).toBe("deactivated");
    expect(personStatus({ deactivatedAt: new Date(), emailVerified: null })).toBe("deactivated");
  });
});
