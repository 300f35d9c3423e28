import { describe, expect, it } from "vitest";
import {
  CLIENT_IP_HEADER,
  clientAddressFrom,
  clientIp,
  LIMITS,
  limitFromEnv,
  magicLinkRetryAfterSeconds,
  minutesFromSeconds,
  secondsUntilReset,
  stampedAddress,
  windowStart,
} from "./rules";

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

  it("are the ones agreed for public fair registration", () => {
    expect(LIMITS.fairRegistrationPerIp).toEqual({ limit: 10, windowMs: FIFTEEN });
    expect(LIMITS.fairRegistrationPerEmail).toEqual({ limit: 5, windowMs: 4 * FIFTEEN });
    expect(LIMITS.fairRegistrationPerEvent).toEqual({ limit: 200, windowMs: 4 * FIFTEEN });
  });

  it("take a per-IP limit from the environment only when it is a positive whole number", () => {
    expect(limitFromEnv(undefined, 60)).toBe(60);
    expect(limitFromEnv("", 60)).toBe(60);
    expect(limitFromEnv("abc", 20)).toBe(20);
    expect(limitFromEnv("-3", 20)).toBe(20);
    expect(limitFromEnv("1000", 60)).toBe(1000);
  });

  it("tell a refused link request how long to wait from the clock alone", () => {
    expect(magicLinkRetryAfterSeconds(new Date("2026-03-02T10:29:00.000Z"))).toBe(60);
    expect(magicLinkRetryAfterSeconds(new Date("2026-03-02T10:15:00.000Z"))).toBe(900);
  });
});

describe("clientAddressFrom", () => {
  const forged = "203.0.113.7, 198.51.100.9";
  it("uses the socket and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddressFrom("192.0.2.10", forged, 0)).toBe("192.0.2.10");
    expect(clientAddressFrom("192.0.2.10", undefined, 0)).toBe("192.0.2.10");
  });
  it("takes the entry the outermost trusted proxy wrote, counting from the right", () => {
    // The client forged two entries; nginx appended what it saw (192.0.2.55).
    expect(clientAddressFrom("10.0.0.2", `${forged}, 192.0.2.55`, 1)).toBe("192.0.2.55");
    // A load balancer, then nginx: the balancer saw the client, nginx saw the balancer.
    expect(clientAddressFrom("10.0.0.3", `${forged}, 192.0.2.55, 10.0.0.2`, 2)).toBe("192.0.2.55");
  });
  it("falls back to the socket when the request came past the proxies or the entry is no address", () => {
    expect(clientAddressFrom("192.0.2.10", undefined, 1)).toBe("192.0.2.10");
    expect(clientAddressFrom("192.0.2.10", "192.0.2.55", 2)).toBe("192.0.2.10");
    expect(clientAddressFrom("192.0.2.10", "203.0.113.7, not-an-address", 1)).toBe("192.0.2.10");
    expect(clientAddressFrom("192.0.2.10", "203.0.113.7, ", 1)).toBe("192.0.2.10");
  });
  it("writes an IPv4 client on a dual-stack socket as plain IPv4, and IPv6 in lower case", () => {
    expect(clientAddressFrom("::ffff:192.0.2.10", undefined, 0)).toBe("192.0.2.10");
    expect(clientAddressFrom("::1", undefined, 0)).toBe("::1");
    expect(clientAddressFrom("10.0.0.2", "2001:DB8::1", 1)).toBe("2001:db8::1");
  });
  it("knows nothing without a usable socket address", () => {
    expect(clientAddressFrom(undefined, forged, 0)).toBeNull();
    expect(clientAddressFrom("", undefined, 1)).toBeNull();
  });
});

describe("clientIp", () => {
  const stamp = "process-stamp";
  const h = (entries: Record<string, string>) => new Headers(entries);
  it("reads only the address the server stamped", () => {
    const headers = h({ [CLIENT_IP_HEADER]: stampedAddress("192.0.2.10", stamp), "x-forwarded-for": "203.0.113.7" });
    expect(clientIp(headers, stamp)).toBe("192.0.2.10");
  });
  it("never falls back to headers the client writes: those requests share one bucket", () => {
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.7" }), stamp)).toBe("unknown");
    expect(clientIp(h({ "x-real-ip": "198.51.100.2" }), stamp)).toBe("unknown");
    expect(clientIp(h({}), stamp)).toBe("unknown");
  });
  it("refuses a client's own value of the header, which reaches the app when it came before the hook", () => {
    expect(clientIp(h({ [CLIENT_IP_HEADER]: "198.51.100.2" }), stamp)).toBe("unknown");
    expect(clientIp(h({ [CLIENT_IP_HEADER]: stampedAddress("198.51.100.2", "guess") }), stamp)).toBe("unknown");
    expect(clientIp(h({ [CLIENT_IP_HEADER]: `${stamp} ` }), stamp)).toBe("unknown");
    // Before the hook is installed there is no stamp, and nothing is taken.
    expect(clientIp(h({ [CLIENT_IP_HEADER]: stampedAddress("198.51.100.2", stamp) }), undefined)).toBe("unknown");
  });
});
