import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isSignedInArea, proxy } from "@/proxy";

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
});
