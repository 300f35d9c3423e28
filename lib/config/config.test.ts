import { describe, expect, it } from "vitest";
import {
  accessibilityContactEmail,
  appBaseUrl,
  appUrl,
  emailBodyRetentionDays,
  fairCandidateRetentionMonths,
  isDemoMode,
  sessionAbsoluteSeconds,
  sessionMaxAgeSeconds,
  trustedProxies,
} from "./index";

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
  it("keeps email bodies 30 days and public fair registrations 6 months unless set to a whole number", () => {
    expect(emailBodyRetentionDays({})).toBe(30);
    expect(emailBodyRetentionDays({ EMAIL_BODY_RETENTION_DAYS: "90" })).toBe(90);
    expect(fairCandidateRetentionMonths({})).toBe(6);
    expect(fairCandidateRetentionMonths({ FAIR_CANDIDATE_RETENTION_MONTHS: "12" })).toBe(12);
    for (const nonsense of ["", "0", "-3", "1.5", "abc"]) {
      expect(emailBodyRetentionDays({ EMAIL_BODY_RETENTION_DAYS: nonsense })).toBe(30);
      expect(fairCandidateRetentionMonths({ FAIR_CANDIDATE_RETENTION_MONTHS: nonsense })).toBe(6);
    }
  });
});

describe("the address in links", () => {
  it("is APP_URL without its trailing slash", () => {
    expect(appBaseUrl({ APP_URL: "https://lagspill.example/" })).toBe("https://lagspill.example");
    expect(appBaseUrl({ APP_URL: "http://localhost:3100", NODE_ENV: "production" })).toBe("http://localhost:3100");
  });
  it("is the dev server's own port when APP_URL is unset or empty outside production", () => {
    expect(appBaseUrl({ NODE_ENV: "development", PORT: "3005" })).toBe("http://localhost:3005");
    expect(appBaseUrl({ NODE_ENV: "development", APP_URL: "", PORT: "4000" })).toBe("http://localhost:4000");
    expect(appBaseUrl({})).toBe("http://localhost:3000");
  });
  it("stops a production server without APP_URL with one line naming it", () => {
    expect(() => appBaseUrl({ NODE_ENV: "production" })).toThrow(/^Lagspill: APP_URL is not set\./);
    expect(() => appBaseUrl({ NODE_ENV: "production", APP_URL: "" })).toThrow(/APP_URL is not set/);
    // A request's port never stands in for the configured address.
    expect(() => appBaseUrl({ NODE_ENV: "production", PORT: "3000" })).toThrow(/APP_URL/);
  });
  it("refuses an APP_URL that is not a plain web address", () => {
    for (const value of ["lagspill.example", "ftp://lagspill.example", "https://lagspill.example/app", "https://"]) {
      expect(() => appBaseUrl({ APP_URL: value })).toThrow(/APP_URL must be/);
    }
  });
});

describe("accessibility contact", () => {
  it("is the configured address, and unset for nothing or nonsense", () => {
    expect(accessibilityContactEmail({ ACCESSIBILITY_CONTACT_EMAIL: " uu@kommune.example " })).toBe(
      "uu@kommune.example",
    );
    expect(accessibilityContactEmail({})).toBeUndefined();
    expect(accessibilityContactEmail({ ACCESSIBILITY_CONTACT_EMAIL: "not an address" })).toBeUndefined();
  });
});
