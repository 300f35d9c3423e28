import { describe, expect, it } from "vitest";
import { agreements, emailAttempts, emailOutbox, participants, placementEvents, placements } from "@/db/schema";
import { assembleExport, exportOutline } from "./export";
import { PARTICIPANT_ENTRIES } from "./register";

const rows = new Map<unknown, Record<string, unknown>[]>([
  [participants, [{ id: "p1", firstName: "Amina" }]],
  [
    placements,
    [
      { id: "pl1", participantId: "p1" },
      { id: "pl2", participantId: "p1" },
    ],
  ],
  [
    placementEvents,
    [
      { id: "e1", placementId: "pl1" },
      { id: "e2", placementId: "pl1" },
      { id: "e3", placementId: "pl2" },
    ],
  ],
  [agreements, [{ id: "a1", placementId: "pl2" }]],
  [emailOutbox, [{ id: "m1" }]],
  [emailAttempts, [{ id: "t1", emailId: "m1" }]],
]);

describe("assembleExport", () => {
  const data = assembleExport(rows as never);

  it("keeps the record as one object and every other table as a list under its key", () => {
    expect(data.participant).toEqual({ id: "p1", firstName: "Amina" });
    expect(data.contacts).toEqual([]);
    expect(data.fairRegistrations).toEqual([]);
    expect(Object.keys(data)).not.toContain("placementEvents");
  });

  it("nests a placement's events and agreement, and an email's attempts, as the register says", () => {
    expect(data.placements).toEqual([
      {
        id: "pl1",
        participantId: "p1",
        events: [
          { id: "e1", placementId: "pl1" },
          { id: "e2", placementId: "pl1" },
        ],
        agreement: null,
      },
      {
        id: "pl2",
        participantId: "p1",
        events: [{ id: "e3", placementId: "pl2" }],
        agreement: { id: "a1", placementId: "pl2" },
      },
    ]);
    expect(data.emails).toEqual([{ id: "m1", attempts: [{ id: "t1", emailId: "m1" }] }]);
  });

  it("does not change the rows it was given", () => {
    expect(rows.get(placements)?.[0]).toEqual({ id: "pl1", participantId: "p1" });
  });
});

describe("exportOutline", () => {
  it("lists every section of the register once, nested ones after their parent with their count", () => {
    const outline = exportOutline(assembleExport(rows as never));
    expect(outline.map((s) => s.key).sort()).toEqual(PARTICIPANT_ENTRIES.map((e) => e.participant.export.key).sort());
    const i = outline.findIndex((s) => s.key === "placements");
    expect(outline.slice(i, i + 3)).toEqual([
      { key: "placements", count: 2 },
      { key: "placementEvents", count: 3, within: "placements" },
      { key: "agreements", count: 1, within: "placements" },
    ]);
    expect(outline.find((s) => s.key === "participant")).toEqual({ key: "participant", count: 1 });
    expect(outline.find((s) => s.key === "emailAttempts")).toEqual({
      key: "emailAttempts",
      count: 1,
      within: "emails",
    });
  });
});
