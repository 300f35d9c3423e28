import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callbackUrl, hashToken, invitationExpires, newToken, safeCallbackPath } from "./tokens";

describe("magic-link tokens", () => {
  it("hashes like Auth.js: sha256 hex of token followed by secret", () => {
    const expected = createHash("sha256").update("abcS3CRET").digest("hex");
    expect(hashToken("abc", "S3CRET")).toBe(expected);
  });
  it("makes long random tokens", () => {
    const a = newToken();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(newToken()).not.toBe(a);
  });
  it("builds the Auth.js callback address", () => {
    const url = new URL(callbackUrl("http://localhost:3000", { token: "t", email: "a@b.no", callbackUrl: "/home" }));
    expect(url.pathname).toBe("/api/auth/callback/resend");
    expect(url.searchParams.get("email")).toBe("a@b.no");
  });
});

describe("post-sign-in target", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/organization?x=1")).toBe("/organization?x=1");
  });
  it("refuses other sites and junk", () => {
    expect(safeCallbackPath("https://evil.example")).toBe("/home");
    expect(safeCallbackPath("//evil.example")).toBe("/home");
    expect(safeCallbackPath("/\\evil.example")).toBe("/home");
    expect(safeCallbackPath(undefined)).toBe("/home");
  });
});

describe("invitation links", () => {
  it("live a week", () => {
    expect(invitationExpires(new Date("2026-11-28T10:00:00Z")).toISOString()).toBe("2026-12-05T10:00:00.000Z");
  });
});
