import { describe, expect, it } from "vitest";
import { createsFollowUp, decodeLeadTitle, encodeLeadTitle, leadDueOn, leadsOpen } from "./rules";

describe("lead follow-up titles", () => {
  it("round-trip the kind, the employer and the event, whatever characters they hold", () => {
    const parts = { kind: "internship" as const, employer: 'Fjord "Bygg" | AS', event: "Karrieretorg: høst, 2026" };
    const stored = encodeLeadTitle(parts);
    expect(decodeLeadTitle(stored)).toEqual(parts);
  });

  it("leave any other title alone: typed text, an anonymized dash, a tampered kind", () => {
    expect(decodeLeadTitle("Ring arbeidsgiver")).toBeNull();
    expect(decodeLeadTitle("—")).toBeNull();
    expect(decodeLeadTitle('fair-lead:["boss","A","B"]')).toBeNull();
    expect(decodeLeadTitle("fair-lead:{not json")).toBeNull();
    expect(decodeLeadTitle('fair-lead:["job","A"]')).toBeNull();
  });
});

describe("lead rules", () => {
  it("gives the consultant three days", () => {
    expect(leadDueOn("2026-05-29")).toBe("2026-06-01");
    expect(leadDueOn("2026-12-30")).toBe("2027-01-02");
  });

  it("creates a follow-up for every kind except no follow-up", () => {
    expect(createsFollowUp("follow_up_interview")).toBe(true);
    expect(createsFollowUp("job")).toBe(true);
    expect(createsFollowUp("no_follow_up")).toBe(false);
  });

  it("opens leads when the fair starts, never for a cancelled fair", () => {
    const startsAt = new Date("2026-05-20T08:00:00Z");
    expect(leadsOpen({ startsAt, status: "published" }, new Date("2026-05-20T07:59:00Z"))).toBe(false);
    expect(leadsOpen({ startsAt, status: "published" }, new Date("2026-05-20T08:00:00Z"))).toBe(true);
    expect(leadsOpen({ startsAt, status: "completed" }, new Date("2026-09-01T08:00:00Z"))).toBe(true);
    expect(leadsOpen({ startsAt, status: "cancelled" }, new Date("2026-09-01T08:00:00Z"))).toBe(false);
  });
});
