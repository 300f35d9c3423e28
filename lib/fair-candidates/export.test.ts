import { describe, expect, it } from "vitest";
import { annotateExport } from "./export";

describe("a public candidate's export in readable words", () => {
  const ctx = {
    fair: { title: "Karrieretorg", startsAt: new Date("2026-03-10T09:00:00Z"), organizer: "Næringsforum" },
    interviews: { startsAt: new Date("2026-03-10T10:00:00Z"), minutes: 10 },
    schedulePublished: true,
    employers: new Map([["s1", "Fjordkanten Bygg AS"]]),
  };
  const now = new Date("2026-03-01T12:00:00Z");

  it("names the employer of each wish, interview and evaluation, and times each interview", () => {
    const out = annotateExport(
      {
        fairRegistrations: [{ name: "Amal" }],
        fairInterviews: [{ standId: "s1", round: 2 }],
        fairLeads: [{ standId: "s1", note: "Sterk" }],
      },
      ctx,
      now,
    );
    expect(out.exportedAt).toBe("2026-03-01T12:00:00.000Z");
    expect(out.fair.title).toBe("Karrieretorg");
    expect(out.fairRegistrations).toEqual([{ name: "Amal" }]);
    expect(out.fairInterviews).toEqual([
      {
        standId: "s1",
        round: 2,
        employer: "Fjordkanten Bygg AS",
        startsAt: new Date("2026-03-10T10:20:00Z"),
        endsAt: new Date("2026-03-10T10:30:00Z"),
        published: true,
      },
    ]);
    expect(out.fairLeads).toEqual([{ standId: "s1", note: "Sterk", employer: "Fjordkanten Bygg AS" }]);
  });

  it("leaves the time out when the fair has no speed interviews set up", () => {
    const out = annotateExport({ fairInterviews: [{ standId: "s2", round: 0 }] }, { ...ctx, interviews: null }, now);
    expect(out.fairInterviews).toEqual([
      { standId: "s2", round: 0, employer: null, startsAt: null, endsAt: null, published: true },
    ]);
  });
});
