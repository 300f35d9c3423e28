import { describe, expect, it } from "vitest";
import { cellOf, summarizeSection } from "./summary";

describe("the on-screen summary of an export section", () => {
  it("leaves out ids, keys and raw mail, and columns empty in every row", () => {
    const s = summarizeSection([
      {
        id: "a",
        participantId: "p",
        scope: "share_employers",
        givenOn: "2026-01-05",
        withdrawnAt: null,
        version: 2,
        recordedBy: "0b6e1c1e-5d2a-4c1f-9a7e-0d0c1b2a3f4e",
        other: "0b6e1c1e-5d2a-4c1f-9a7e-0d0c1b2a3f4e",
      },
      { id: "b", participantId: "p", scope: "contact_email", givenOn: "2026-02-01", withdrawnAt: null, version: 1 },
    ]);
    expect(s.columns).toEqual(["scope", "givenOn"]);
    expect(s.rows[0]).toEqual([
      { kind: "text", value: "share_employers" },
      { kind: "date", value: new Date("2026-01-05T12:00:00Z"), withTime: false },
    ]);
    expect(s.more).toBe(0);
  });

  it("reads one record as one row, and shows at most the limit with the rest counted", () => {
    expect(summarizeSection({ id: "x", firstName: "Amal" }).rows).toEqual([[{ kind: "text", value: "Amal" }]]);
    const many = summarizeSection(
      Array.from({ length: 30 }, (_, i) => ({ title: `T${i}` })),
      25,
    );
    expect([many.rows.length, many.more]).toEqual([25, 5]);
    expect(summarizeSection([]).rows).toEqual([]);
    expect(summarizeSection(null).columns).toEqual([]);
  });

  it("turns values into cells people read", () => {
    expect(cellOf(null)).toEqual({ kind: "empty" });
    expect(cellOf(true)).toEqual({ kind: "yesNo", value: true });
    expect(cellOf(["7411", "9112"])).toEqual({ kind: "text", value: "7411, 9112" });
    expect(cellOf([{ ok: true }, { ok: false }])).toEqual({ kind: "count", value: 2 });
    expect(cellOf("2026-03-04T10:00:00.000Z")).toMatchObject({ kind: "date", withTime: true });
    expect(cellOf({ purpose: "privacy", placementId: "x", nested: { a: 1 } })).toEqual({
      kind: "text",
      value: "purpose: privacy",
    });
  });
});
