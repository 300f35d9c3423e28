import { describe, expect, it } from "vitest";
import { auditDetailParts } from "./details";

describe("the audit log's details column", () => {
  it("says what each kind of detail means, in a fixed order", () => {
    expect(auditDetailParts({ fields: ["phone", "area"] })).toEqual([
      { key: "fields", values: { fields: "phone, area" } },
    ]);
    expect(auditDetailParts({ view: "matches" })).toEqual([{ key: "purpose", values: { purpose: "matches" } }]);
    expect(auditDetailParts({ scope: "share_employers", method: "digital" })).toEqual([
      { key: "scope", values: { scope: "share_employers" } },
    ]);
    expect(auditDetailParts({ placementId: "x", from: "proposed", to: "interview" })).toEqual([
      { key: "move", values: { from: "proposed", to: "interview" } },
    ]);
    expect(auditDetailParts({ onRequest: true, reasonCode: "request", note: "[…] ringte" })).toEqual([
      { key: "reason", values: { reason: "request" } },
      { key: "note", values: { note: "[…] ringte" } },
    ]);
    expect(auditDetailParts({ reasonCode: "retention", retentionMonths: 24 })).toEqual([
      { key: "reason", values: { reason: "retention" } },
      { key: "retention", values: { months: 24 } },
    ]);
  });

  it("leaves out what it does not know, and says nothing for no details", () => {
    expect(auditDetailParts({ placementId: "x", employerId: "y" })).toEqual([]);
    expect(auditDetailParts(null)).toEqual([]);
    expect(auditDetailParts({ fields: [] })).toEqual([]);
  });
});
