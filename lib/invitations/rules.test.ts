import { describe, expect, it } from "vitest";
import {
  acceptsAnswers,
  campaignCounts,
  campaignRecipients,
  defaultInvitationText,
  effectiveStatus,
  inSegment,
  parseAddressList,
  type MemberContact,
} from "./rules";

describe("parseAddressList", () => {
  it("splits on lines, commas and semicolons, lower-cases and de-duplicates", () => {
    expect(parseAddressList("Kari@Bedrift.no, ola@bedrift.no\n\n kari@bedrift.no;<per@x.example>")).toEqual({
      addresses: ["kari@bedrift.no", "ola@bedrift.no", "per@x.example"],
      invalid: [],
    });
  });
  it("returns what is not an address", () => {
    expect(parseAddressList("kari@bedrift.no ola@ bedrift.no")).toEqual({
      addresses: ["kari@bedrift.no"],
      invalid: ["ola@", "bedrift.no"],
    });
    expect(parseAddressList("  ")).toEqual({ addresses: [], invalid: [] });
  });
});

describe("segments and recipients", () => {
  const members: MemberContact[] = [
    { employerId: "a", industry: "construction", sizeBand: "10-49", contactEmail: "Post@A.no" },
    { employerId: "b", industry: "construction", sizeBand: "250+", contactEmail: "post@b.no" },
    { employerId: "c", industry: "cleaning", sizeBand: "10-49", contactEmail: null },
    { employerId: "d", industry: "cleaning", sizeBand: "10-49", contactEmail: "nei@d.no" },
  ];

  it("matches every member when nothing is chosen", () => {
    expect(members.every((m) => inSegment(m, { industry: null, sizeBand: null }))).toBe(true);
    expect(
      members.filter((m) => inSegment(m, { industry: "construction", sizeBand: "10-49" })).map((m) => m.employerId),
    ).toEqual(["a"]);
    expect(members.filter((m) => inSegment(m, { industry: null, sizeBand: "10-49" })).map((m) => m.employerId)).toEqual(
      ["a", "c", "d"],
    );
  });

  it("takes members with an address, then extra addresses, each once, skipping unsubscribed ones", () => {
    const r = campaignRecipients(
      members,
      { industry: null, sizeBand: null },
      ["post@a.no", "ny@e.no", "nei@d.no"],
      new Set(["nei@d.no"]),
    );
    expect(r).toEqual([
      { email: "post@a.no", employerId: "a" },
      { email: "post@b.no", employerId: "b" },
      { email: "ny@e.no", employerId: null },
    ]);
  });

  it("sends only to extra addresses when the segment has no member", () => {
    expect(campaignRecipients(members, { industry: "retail", sizeBand: null }, ["x@y.no"], new Set())).toEqual([
      { email: "x@y.no", employerId: null },
    ]);
  });
});

describe("status and counts", () => {
  it("counts a registered stand as registered, whatever the stored answer", () => {
    expect(effectiveStatus("sent", true)).toBe("registered");
    expect(effectiveStatus("declined", true)).toBe("registered");
    expect(effectiveStatus("declined", false)).toBe("declined");
  });
  it("counts sent, registered, declined and no answer", () => {
    expect(campaignCounts(["sent", "registered", "declined", "sent"])).toEqual({
      sent: 4,
      registered: 1,
      declined: 1,
      noAnswer: 2,
    });
  });
  it("takes no answers once the event is over or called off", () => {
    const now = new Date("2026-05-01T10:00:00Z");
    const later = new Date("2026-05-02T10:00:00Z");
    expect(acceptsAnswers({ status: "published", endsAt: later }, now)).toBe(true);
    expect(acceptsAnswers({ status: "cancelled", endsAt: later }, now)).toBe(false);
    expect(acceptsAnswers({ status: "published", endsAt: new Date("2026-04-30T10:00:00Z") }, now)).toBe(false);
  });
});

describe("the default text", () => {
  it("fills in the event's title, date, time and venue in Norwegian", () => {
    const { subject, body } = defaultInvitationText(
      {
        kind: "career_fair",
        title: "Karrieretorg",
        startsAt: new Date("2026-09-10T08:00:00Z"),
        endsAt: new Date("2026-09-10T14:00:00Z"),
        venue: "Grieghallen",
      },
      "Næringsforum Bergen",
    );
    expect(subject).toBe("Invitasjon: Karrieretorg 10. september 2026");
    expect(body).toContain("karrieretorget «Karrieretorg» 10. september 2026 kl. 10:00–16:00, Grieghallen.");
    expect(body).toContain("stand");
  });
});
