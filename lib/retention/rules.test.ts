import { describe, expect, it } from "vitest";
import { isPastRetention } from "./rules";

// Noon UTC is the same date in Oslo all year.
const at = (date: string) => new Date(`${date}T12:00:00Z`);

describe("isPastRetention", () => {
  it("keeps a participant through the last day of retention and anonymizes the day after", () => {
    expect(isPastRetention("2024-03-15", 24, at("2026-03-15"))).toBe(false);
    expect(isPastRetention("2024-03-15", 24, at("2026-03-16"))).toBe(true);
  });

  it("clamps month ends: 31 August + 6 months is 28 February", () => {
    expect(isPastRetention("2025-08-31", 6, at("2026-02-28"))).toBe(false);
    expect(isPastRetention("2025-08-31", 6, at("2026-03-01"))).toBe(true);
  });

  it("handles leap years", () => {
    expect(isPastRetention("2023-08-31", 6, at("2024-02-29"))).toBe(false);
    expect(isPastRetention("2023-08-31", 6, at("2024-03-01"))).toBe(true);
  });

  it("never anonymizes a programme that has not ended", () => {
    expect(isPastRetention("2027-01-01", 6, at("2026-06-01"))).toBe(false);
  });

  it("uses the Oslo date: 23:30 UTC on 15 March is already 16 March in Oslo", () => {
    expect(isPastRetention("2024-03-15", 24, new Date("2026-03-15T23:30:00Z"))).toBe(true);
    expect(isPastRetention("2024-03-15", 24, new Date("2026-03-15T22:30:00Z"))).toBe(false);
  });

  it("respects a long retention setting", () => {
    expect(isPastRetention("2020-01-10", 120, at("2029-12-31"))).toBe(false);
    expect(isPastRetention("2020-01-10", 120, at("2030-01-11"))).toBe(true);
  });
});
