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
  it.each([
    "/\t/evil.example",
    "/%09/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "//evil",
    "///evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%5Cevil.example",
    "/%5c%5cevil.example",
    "/%0a/evil.example",
    "/%E0%A4%A",
    " //evil.example",
    "javascript:alert(1)",
  ])("never leaves the site for %j", (value) => {
    const result = safeCallbackPath(value);
    expect(result).toBe("/home");
    // Whatever comes back, a browser resolves it on our own origin.
    expect(new URL(result, "https://lagspill.example").origin).toBe("https://lagspill.example");
  });
  it("keeps the query and fragment of a same-site path, and normalizes dot segments", () => {
    expect(safeCallbackPath("/council/actions?mine=1#top")).toBe("/council/actions?mine=1#top");
    expect(safeCallbackPath("/search?q=a%2Fb")).toBe("/search?q=a%2Fb");
    expect(safeCallbackPath("/a/../home")).toBe("/home");
  });
});

describe("invitation links", () => {
  it("live a week", () => {
    expect(invitationExpires(new Date("2026-11-28T10:00:00Z")).toISOString()).toBe("2026-12-05T10:00:00.000Z");
  });
});
