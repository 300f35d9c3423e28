import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callbackUrl, hashToken, invitationExpires, newToken, safeCallbackPath, signInLinkOn } from "./tokens";

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

describe("the sign-in link in the email", () => {
  const APP = "https://lagspill.kommune.example";
  const authJs = (origin: string, callback: string) =>
    `${origin}/api/auth/callback/resend?${new URLSearchParams({ callbackUrl: callback, token: "t0k", email: "kari@x.no" })}`;

  it("is moved onto APP_URL whatever host and scheme the request claimed", () => {
    for (const origin of ["http://evil.example", "https://localhost:3100", "http://10.0.0.5:3000"]) {
      const link = signInLinkOn(APP, authJs(origin, `${origin}/participants?tab=2`));
      expect(link).toBe(
        `${APP}/api/auth/callback/resend?callbackUrl=%2Fparticipants%3Ftab%3D2&token=t0k&email=kari%40x.no`,
      );
    }
  });
  it("keeps the token and the address exactly", () => {
    const url = new URL(signInLinkOn(APP, authJs("http://x", "/home").replace("t0k", "a%2Bb%3D")));
    expect(url.searchParams.get("token")).toBe("a+b=");
    expect(url.searchParams.get("email")).toBe("kari@x.no");
  });
  it("turns a hostile or missing callback into a same-site path", () => {
    const cases: [string, string][] = [
      ["//evil.example/x", "/x"],
      ["http://evil.example//evil2/x", "/home"],
      ["/%09/evil.example", "/home"],
      ["javascript:alert(1)", "/home"],
    ];
    for (const [callback, path] of cases) {
      const url = new URL(signInLinkOn(APP, authJs("http://evil.example", callback)));
      expect(url.origin).toBe(APP);
      expect(url.searchParams.get("callbackUrl")).toBe(path);
    }
    const bare = new URL(signInLinkOn(APP, "http://evil.example/api/auth/callback/resend?token=t&email=a%40b.no"));
    expect(bare.searchParams.get("callbackUrl")).toBe("/home");
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
