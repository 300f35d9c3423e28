import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./csp";
import { securityHeaders } from "./headers.js";

const directives = (csp: string) =>
  new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce, and forbids framing, plugins and foreign forms", () => {
    const d = directives(contentSecurityPolicy("abc123", false));
    expect(d.get("script-src")).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(d.get("default-src")).toBe("'self'");
    expect(d.get("frame-ancestors")).toBe("'none'");
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("form-action")).toBe("'self'");
    expect(d.get("base-uri")).toBe("'self'");
    expect(d.get("img-src")).toBe("'self' data:");
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", false)).not.toContain("unsafe-eval");
  });
});

describe("newNonce", () => {
  it("is base64 and different every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(a.length).toBeGreaterThanOrEqual(24);
    expect(newNonce()).not.toBe(a);
  });
});

describe("securityHeaders", () => {
  const keys = (list: { key: string }[]) => list.map((h) => h.key);
  it("always sets referrer policy, nosniff, permissions policy and no framing", () => {
    const list = securityHeaders({ production: false });
    expect(list).toContainEqual({ key: "Referrer-Policy", value: "strict-origin-when-cross-origin" });
    expect(list).toContainEqual({ key: "X-Content-Type-Options", value: "nosniff" });
    expect(list).toContainEqual({ key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" });
    expect(list).toContainEqual({ key: "X-Frame-Options", value: "DENY" });
    expect(keys(list)).not.toContain("Strict-Transport-Security");
  });

  it("adds HSTS over https and in production", () => {
    expect(keys(securityHeaders({ production: false, appUrl: "http://localhost:3000" }))).not.toContain(
      "Strict-Transport-Security",
    );
    expect(securityHeaders({ production: false, appUrl: "https://lagspill.example" })).toContainEqual({
      key: "Strict-Transport-Security",
      value: "max-age=31536000; includeSubDomains",
    });
    expect(keys(securityHeaders({ production: true }))).toContain("Strict-Transport-Security");
  });
});
