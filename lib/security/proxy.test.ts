import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
// Next's own matcher for next.config.js sources, so the test reads the rules as the server does.
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, isSignedInArea, proxy } from "@/proxy";
import { ASSET_CSP, headerRules } from "./headers.js";

/** The fixed CSPs next.config.js adds to this path. */
const fixedCsp = (pathname: string) =>
  headerRules({ production: true })
    .filter((rule) => getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(pathname))
    .flatMap((rule) => rule.headers.filter((h) => h.key === "Content-Security-Policy").map((h) => h.value));

/** Whether Next runs the proxy (and so sets the nonce CSP) for this address, by Next's own matcher code. */
const runsFor = (url: string) => unstable_doesMiddlewareMatch({ config, url: `http://localhost${url}` });

describe("proxy", () => {
  it("knows the signed-in areas and nothing else", () => {
    expect(isSignedInArea("/home")).toBe(true);
    expect(isSignedInArea("/participants/123/edit")).toBe(true);
    expect(isSignedInArea("/account")).toBe(true);
    expect(isSignedInArea("/")).toBe(false);
    expect(isSignedInArea("/sign-in")).toBe(false);
    expect(isSignedInArea("/homework")).toBe(false);
    expect(isSignedInArea("/api/health")).toBe(false);
  });

  it("sends signed-out visitors of a signed-in area to sign-in, with a CSP on the answer", () => {
    const res = proxy(new NextRequest("http://localhost/participants?q=a"));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://localhost/sign-in?callbackUrl=%2Fparticipants%3Fq%3Da");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("lets public pages through with the same nonce on the response and the forwarded request", () => {
    const res = proxy(new NextRequest("http://localhost/sign-in"));
    expect(res.headers.get("location")).toBeNull();
    const sent = res.headers.get("content-security-policy")!;
    expect(sent).toMatch(/'nonce-[^']+'/);
    // NextResponse.next({ request: { headers } }) passes overridden request headers this way.
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(sent);
  });

  it("runs for every page and route, dotted paths and the 404s of file-like addresses included", () => {
    for (const url of [
      "/",
      "/sign-in",
      "/participants/a.b",
      "/fairs/x.y",
      "/fairs/x.y/registered",
      "/foo.php",
      "/favicon.ico",
      "/robots.txt",
      "/.env",
      "/api/events/1/calendar.ics",
      "/api/reports/placements.csv?from=2026-01-01",
      "/invitations/abc.def?x=1",
      "/_next/data/x.json",
      "/_nextstatic.js",
    ]) {
      expect(runsFor(url), url).toBe(true);
    }
  });

  it("skips only Next's build assets and image optimizer", () => {
    for (const url of [
      "/_next/static/chunks/main-abc123.js",
      "/_next/static/css/app.css",
      "/_next/static/media/inter.woff2",
      "/_next/image?url=%2Flogo.png&w=64&q=75",
    ]) {
      expect(runsFor(url), url).toBe(false);
    }
  });

  it("gives a fixed CSP exactly where the proxy does not run, so no page gets two policies", () => {
    for (const path of ["/", "/participants/a.b", "/foo.php", "/api/health", "/_next/data/x.json"]) {
      expect(runsFor(path), path).toBe(true);
      expect(fixedCsp(path), path).toEqual([]);
    }
    for (const path of ["/_next/static/chunks/main-abc123.js", "/_next/static/media/inter.woff2", "/_next/image"]) {
      expect(runsFor(path), path).toBe(false);
      expect(fixedCsp(path), path).toEqual([ASSET_CSP]);
    }
  });
});
