import { describe, expect, it } from "vitest";
import { clientIp, demoLimitFromEnv, LIMITS, minutesFromSeconds, secondsUntilReset, windowStart } from "./rules";

const FIFTEEN = 15 * 60_000;

describe("fixed windows", () => {
  it("puts every moment of a window on the same start", () => {
    const start = new Date("2026-03-02T10:15:00.000Z");
    expect(windowStart(new Date("2026-03-02T10:15:00.000Z"), FIFTEEN)).toEqual(start);
    expect(windowStart(new Date("2026-03-02T10:29:59.999Z"), FIFTEEN)).toEqual(start);
    expect(windowStart(new Date("2026-03-02T10:30:00.000Z"), FIFTEEN)).toEqual(new Date("2026-03-02T10:30:00.000Z"));
  });

  it("counts the seconds until the window ends, at least one", () => {
    expect(secondsUntilReset(new Date("2026-03-02T10:15:00.000Z"), FIFTEEN)).toBe(900);
    expect(secondsUntilReset(new Date("2026-03-02T10:29:30.000Z"), FIFTEEN)).toBe(30);
    expect(secondsUntilReset(new Date("2026-03-02T10:29:59.900Z"), FIFTEEN)).toBe(1);
  });

  it("rounds minutes up for the message", () => {
    expect(minutesFromSeconds(1)).toBe(1);
    expect(minutesFromSeconds(60)).toBe(1);
    expect(minutesFromSeconds(61)).toBe(2);
    expect(minutesFromSeconds(900)).toBe(15);
  });
});

describe("limits", () => {
  it("are the ones agreed for magic links", () => {
    expect(LIMITS.magicLinkPerEmail).toEqual({ limit: 5, windowMs: FIFTEEN });
    expect(LIMITS.magicLinkPerIp).toEqual({ limit: 20, windowMs: FIFTEEN });
  });

  it("take a demo limit from the environment only when it is a positive whole number", () => {
    expect(demoLimitFromEnv(undefined)).toBe(60);
    expect(demoLimitFromEnv("")).toBe(60);
    expect(demoLimitFromEnv("abc")).toBe(60);
    expect(demoLimitFromEnv("-3")).toBe(60);
    expect(demoLimitFromEnv("1000")).toBe(1000);
  });
});

describe("clientIp", () => {
  const h = (entries: Record<string, string>) => new Headers(entries);
  it("takes the first x-forwarded-for address", () => {
    expect(clientIp(h({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1" }))).toBe("203.0.113.7");
  });
  it("falls back to x-real-ip, then to one shared bucket", () => {
    expect(clientIp(h({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(h({ "x-forwarded-for": "" }))).toBe("unknown");
    expect(clientIp(h({}))).toBe("unknown");
  });
});
