import { describe, expect, it } from "vitest";
import {
  accessTokenCutoff,
  emailBodyCutoff,
  isPastFairRetention,
  isPastRetention,
  isRecipientPastRetention,
  keepsPublicRegistration,
  type RecipientFacts,
} from "./rules";

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

describe("emailBodyCutoff", () => {
  it("is the given number of days before now", () => {
    const now = new Date("2026-06-15T10:00:00Z");
    expect(emailBodyCutoff(now, 30).toISOString()).toBe("2026-05-16T10:00:00.000Z");
    expect(emailBodyCutoff(now, 1).toISOString()).toBe("2026-06-14T10:00:00.000Z");
  });
});

describe("isPastFairRetention", () => {
  it("keeps a registration through the last day and deletes it the day after", () => {
    const endsAt = new Date("2025-11-20T16:00:00Z");
    expect(isPastFairRetention(endsAt, 6, at("2026-05-20"))).toBe(false);
    expect(isPastFairRetention(endsAt, 6, at("2026-05-21"))).toBe(true);
  });

  it("counts from the fair's Oslo date: 23:30 UTC on 31 August ends a fair on 1 September", () => {
    const endsAt = new Date("2025-08-31T23:30:00Z");
    expect(isPastFairRetention(endsAt, 6, at("2026-03-01"))).toBe(false);
    expect(isPastFairRetention(endsAt, 6, at("2026-03-02"))).toBe(true);
  });

  it("clamps month ends like the participant rule", () => {
    const endsAt = new Date("2025-08-31T12:00:00Z");
    expect(isPastFairRetention(endsAt, 6, at("2026-02-28"))).toBe(false);
    expect(isPastFairRetention(endsAt, 6, at("2026-03-01"))).toBe(true);
  });

  it("never deletes before the fair has ended, and five months after is within six", () => {
    expect(isPastFairRetention(new Date("2026-09-01T12:00:00Z"), 6, at("2026-06-01"))).toBe(false);
    expect(isPastFairRetention(new Date("2026-01-10T12:00:00Z"), 6, at("2026-06-10"))).toBe(false);
  });
});

describe("keepsPublicRegistration", () => {
  it("keeps a registration whose lead is linked to a placement or a follow-up", () => {
    expect(keepsPublicRegistration([{ placementId: "p", followUpId: null }])).toBe(true);
    expect(
      keepsPublicRegistration([
        { placementId: null, followUpId: null },
        { placementId: null, followUpId: "f" },
      ]),
    ).toBe(true);
  });

  it("does not keep one without leads, or whose leads only record interest", () => {
    expect(keepsPublicRegistration([])).toBe(false);
    expect(keepsPublicRegistration([{ placementId: null, followUpId: null }])).toBe(false);
  });
});

describe("isRecipientPastRetention", () => {
  const now = new Date("2026-06-15T10:00:00Z");
  const ended: RecipientFacts = {
    status: "sent",
    hasStand: false,
    memberContact: false,
    eventEndsAt: new Date("2026-06-01T16:00:00Z"),
  };

  it("deletes an unanswered or declined address the member list does not hold, once the event is over", () => {
    expect(isRecipientPastRetention(ended, now)).toBe(true);
    expect(isRecipientPastRetention({ ...ended, status: "declined" }, now)).toBe(true);
  });

  it("keeps every address until the event has ended", () => {
    expect(isRecipientPastRetention({ ...ended, eventEndsAt: new Date("2026-06-15T12:00:00Z") }, now)).toBe(false);
  });

  it("keeps an address that is a member's contact address", () => {
    expect(isRecipientPastRetention({ ...ended, memberContact: true }, now)).toBe(false);
  });

  it("keeps a recipient who said yes, or whose company has a stand", () => {
    expect(isRecipientPastRetention({ ...ended, status: "registered" }, now)).toBe(false);
    expect(isRecipientPastRetention({ ...ended, hasStand: true }, now)).toBe(false);
  });
});

describe("accessTokenCutoff", () => {
  it("leaves a week of grace after expiry", () => {
    expect(accessTokenCutoff(new Date("2026-06-15T10:00:00Z")).toISOString()).toBe("2026-06-08T10:00:00.000Z");
    expect(accessTokenCutoff(new Date("2026-06-15T10:00:00Z"), 0).toISOString()).toBe("2026-06-15T10:00:00.000Z");
  });
});
