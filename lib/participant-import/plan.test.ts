import { describe, expect, it } from "vitest";
import { nameKey, planRow, planSignature, toReportRow, type ExistingParticipant, type PlanLookups } from "./plan";
import type { CheckedRow, RowValues } from "./rules";

const values: RowValues = {
  externalId: "2026-1",
  firstName: "Amina",
  lastName: "Yusuf",
  birthYear: 1991,
  programmeStart: "2026-09-01",
  programmeEnd: "2028-08-31",
};
const row = (v: Partial<RowValues> = {}, line = 2): CheckedRow => ({
  line,
  cells: { externalId: v.externalId ?? values.externalId, firstName: "Amina", lastName: "Yusuf" },
  values: { ...values, ...v },
  errors: [],
});
const existing = (over: Partial<ExistingParticipant["current"]> = {}, anonymized = false): ExistingParticipant => ({
  id: "p-1",
  version: 3,
  anonymized,
  current: {
    ...values,
    status: "enrolled",
    programmeTrack: "work",
    email: null,
    phone: "+47 900 00 000",
    educationLevel: "none",
    educationField: null,
    norwegianReading: null,
    norwegianWriting: null,
    norwegianSpeaking: "A2",
    norwegianListening: null,
    area: null,
    assignedTo: "u-jonas",
    ...over,
  },
});
const lookups = (over: Partial<PlanLookups> = {}): PlanLookups => ({
  existing: new Map(),
  staffByEmail: new Map([["leyla@bergen.example", "u-leyla"]]),
  unnumbered: new Set(),
  defaultAssignee: "u-jonas",
  ...over,
});

describe("planRow", () => {
  it("creates an unknown case number with defaults and the importing consultant as follow-up", () => {
    expect(planRow(row(), lookups())).toMatchObject({
      outcome: "create",
      record: { ...values, status: "enrolled", programmeTrack: "work", educationLevel: "none", assignedTo: "u-jonas" },
    });
  });

  it("assigns the staff member the file names, found by email", () => {
    expect(planRow(row({ staffEmail: "leyla@bergen.example" }), lookups())).toMatchObject({
      outcome: "create",
      record: { assignedTo: "u-leyla" },
    });
  });

  it("refuses a staff email that is not staff of the municipality", () => {
    expect(planRow(row({ staffEmail: "someone@trondheim.example" }), lookups())).toMatchObject({
      outcome: "error",
      errors: [{ column: "staffEmail", code: "staffUnknown", detail: "someone@trondheim.example" }],
    });
  });

  it("leaves a participant alone when the file says what Lagspill already has", () => {
    expect(planRow(row(), lookups({ existing: new Map([["2026-1", existing()]]) }))).toMatchObject({
      outcome: "unchanged",
      participantId: "p-1",
    });
  });

  it("updates only the fields that differ, and never blanks a field the file leaves empty", () => {
    const plan = planRow(
      row({ status: "on_leave", norwegianSpeaking: "B1" }),
      lookups({ existing: new Map([["2026-1", existing()]]) }),
    );
    expect(plan).toMatchObject({
      outcome: "update",
      participantId: "p-1",
      version: 3,
      fromStatus: "enrolled",
      patch: { status: "on_leave", norwegianSpeaking: "B1" },
      changed: ["norwegianSpeaking", "status"],
    });
    // The phone stored in Lagspill is kept: the file has no phone for this row.
    expect(plan.outcome === "update" && "phone" in plan.patch).toBe(false);
    expect(toReportRow(plan)).toEqual({
      line: 2,
      externalId: "2026-1",
      name: "Amina Yusuf",
      outcome: "update",
      changed: ["norwegianSpeaking", "status"],
    });
  });

  it("refuses to bring back an anonymized participant", () => {
    expect(planRow(row(), lookups({ existing: new Map([["2026-1", existing({}, true)]]) }))).toMatchObject({
      outcome: "error",
      errors: [{ column: "externalId", code: "anonymized" }],
    });
  });

  it("refuses to create a second record of someone registered by hand without a case number", () => {
    expect(planRow(row(), lookups({ unnumbered: new Set([nameKey(" amina ", "YUSUF", 1991)]) }))).toMatchObject({
      outcome: "error",
      errors: [{ column: "externalId", code: "possibleDuplicate" }],
    });
  });

  it("passes on the errors of a row that failed its own checks", () => {
    const bad: CheckedRow = {
      line: 9,
      cells: { externalId: "x", firstName: "Ola" },
      values: null,
      errors: [{ column: "lastName", code: "required" }],
    };
    expect(toReportRow(planRow(bad, lookups()))).toEqual({
      line: 9,
      externalId: "x",
      name: "Ola",
      outcome: "error",
      errors: [{ column: "lastName", code: "required" }],
    });
  });
});

describe("planSignature", () => {
  it("changes when a participant to be updated was saved in between, not when an unchanged one was", () => {
    const before = planSignature([
      planRow(row({ status: "on_leave" }), lookups({ existing: new Map([["2026-1", existing()]]) })),
    ]);
    const savedInBetween = planSignature([
      planRow(row({ status: "on_leave" }), lookups({ existing: new Map([["2026-1", { ...existing(), version: 4 }]]) })),
    ]);
    expect(savedInBetween).not.toBe(before);
    const unchanged = planSignature([planRow(row(), lookups({ existing: new Map([["2026-1", existing()]]) }))]);
    const unchangedLater = planSignature([
      planRow(row(), lookups({ existing: new Map([["2026-1", { ...existing(), version: 9 }]]) })),
    ]);
    expect(unchangedLater).toBe(unchanged);
  });
});
