import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/auth/tokens";
import { invitationTokenExpiry, isAccessToken, manageTokenExpiry, newAccessToken } from "./rules";

describe("access tokens", () => {
  it("are random, 43 base64url characters, and pass the well-formedness check", () => {
    const tokens = Array.from({ length: 50 }, newAccessToken);
    expect(new Set(tokens).size).toBe(50);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(isAccessToken(t)).toBe(true);
    }
  });
  it("are stored as a hash that does not contain the token", () => {
    const t = newAccessToken();
    expect(hashToken(t, "s")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t, "s")).not.toContain(t);
  });
  it("refuses malformed tokens before any lookup", () => {
    expect(isAccessToken("short")).toBe(false);
    expect(isAccessToken(`${"a".repeat(42)}!`)).toBe(false);
    expect(isAccessToken("a".repeat(44))).toBe(false);
    expect(isAccessToken("../etc")).toBe(false);
  });
});

describe("expiry", () => {
  const event = { startsAt: new Date("2026-09-10T08:00:00Z"), endsAt: new Date("2026-09-10T14:00:00Z") };
  it("keeps a manage link 30 days after the fair's end", () => {
    expect(manageTokenExpiry(event)).toEqual(new Date("2026-10-10T14:00:00Z"));
  });
  it("keeps an invitation link until the event's end, when answers stop", () => {
    expect(invitationTokenExpiry(event)).toEqual(new Date("2026-09-10T14:00:00Z"));
    expect(invitationTokenExpiry(event)).not.toBe(event.endsAt);
  });
});
