import { describe, expect, it } from "vitest";
import { appBaseUrl, appUrl, isDemoMode, sessionAbsoluteSeconds, sessionMaxAgeSeconds, trustedProxies } from "./index";

describe("demo mode", () => {
  it("is on with the embedded database in development", () => {
    expect(isDemoMode({ NODE_ENV: "development" })).toBe(true);
  });
  it("is off with a real database unless asked for", () => {
    expect(isDemoMode({ NODE_ENV: "development", DATABASE_URL: "postgres://x" })).toBe(false);
    expect(isDemoMode({ NODE_ENV: "development", DATABASE_URL: "postgres://x", DEMO_MODE: "1" })).toBe(true);
  });
  it("is off in production unless DEMO_MODE=1", () => {
    expect(isDemoMode({ NODE_ENV: "production" })).toBe(false);
    expect(isDemoMode({ NODE_ENV: "production", DEMO_MODE: "1" })).toBe(true);
  });
  it("can be turned off explicitly", () => {
    expect(isDemoMode({ NODE_ENV: "development", DEMO_MODE: "0" })).toBe(false);
  });
});

describe("other settings", () => {
  it("trims a trailing slash from APP_URL", () => {
    expect(appUrl({ APP_URL: "https://lagspill.example/" })).toBe("https://lagspill.example");
    expect(appUrl({})).toBeUndefined();
  });
  it("links to APP_URL, or to the local server when it is unset or empty", () => {
    expect(appBaseUrl({ APP_URL: "https://lagspill.example/" })).toBe("https://lagspill.example");
    expect(appBaseUrl({})).toBe("http://localhost:3000");
    expect(appBaseUrl({ APP_URL: "" })).toBe("http://localhost:3000");
  });
  it("defaults sessions to 8 hours and ignores nonsense", () => {
    expect(sessionMaxAgeSeconds({})).toBe(8 * 3600);
    expect(sessionMaxAgeSeconds({ SESSION_MAX_AGE_HOURS: "2" })).toBe(7200);
    expect(sessionMaxAgeSeconds({ SESSION_MAX_AGE_HOURS: "abc" })).toBe(8 * 3600);
  });
  it("ends sessions 7 days after sign-in by default and ignores nonsense", () => {
    expect(sessionAbsoluteSeconds({})).toBe(7 * 86_400);
    expect(sessionAbsoluteSeconds({ SESSION_ABSOLUTE_HOURS: "24" })).toBe(86_400);
    expect(sessionAbsoluteSeconds({ SESSION_ABSOLUTE_HOURS: "-1" })).toBe(7 * 86_400);
    expect(sessionAbsoluteSeconds({ SESSION_ABSOLUTE_HOURS: "abc" })).toBe(7 * 86_400);
  });
  it("trusts no proxy unless TRUSTED_PROXIES is a whole number", () => {
    expect(trustedProxies({})).toBe(0);
    expect(trustedProxies({ TRUSTED_PROXIES: "" })).toBe(0);
    expect(trustedProxies({ TRUSTED_PROXIES: "1" })).toBe(1);
    expect(trustedProxies({ TRUSTED_PROXIES: " 2 " })).toBe(2);
    for (const nonsense of ["-1", "1.5", "abc", "true", "1e3", "999"])
      expect(trustedProxies({ TRUSTED_PROXIES: nonsense })).toBe(0);
  });
});
