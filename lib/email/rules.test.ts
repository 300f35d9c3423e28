import { describe, expect, it } from "vitest";
import { backoffMs, escapeHtml, isFinalFailure, MAX_ATTEMPTS, nextAttemptAt } from "./rules";

describe("retry backoff", () => {
  it("doubles from 30 seconds", () => {
    expect(backoffMs(1)).toBe(30_000);
    expect(backoffMs(2)).toBe(60_000);
    expect(backoffMs(3)).toBe(120_000);
  });
  it("never waits more than an hour", () => {
    expect(backoffMs(20)).toBe(3_600_000);
  });
  it("schedules from now", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    expect(nextAttemptAt(now, 2).toISOString()).toBe("2026-11-28T10:01:00.000Z");
  });
  it("gives up only after the last attempt", () => {
    expect(isFinalFailure(MAX_ATTEMPTS - 1)).toBe(false);
    expect(isFinalFailure(MAX_ATTEMPTS)).toBe(true);
  });
});

describe("escapeHtml", () => {
  it("escapes markup in names", () => {
    expect(escapeHtml(`<b>"Ola" & 'Kari'</b>`)).toBe("&lt;b&gt;&quot;Ola&quot; &amp; &#39;Kari&#39;&lt;/b&gt;");
  });
});
