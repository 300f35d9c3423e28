import { describe, expect, it } from "vitest";
import { logContactSchema, registerWorkSchema } from "./schemas";

const today = "2026-11-28";
const contact = (over: Record<string, string> = {}) => ({
  participantId: "p1",
  kind: "participant",
  channel: "phone",
  purpose: "follow_along",
  faceToFace: "no",
  contactDate: today,
  employerId: "",
  notes: "",
  nextAction: "",
  nextDueOn: "",
  followUpId: "",
  ...over,
});
// The first message per field, as the action wrapper shows it.
function errors(r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of r.error?.issues ?? []) out[String(i.path[0])] ??= i.message;
  return out;
}

describe("logContactSchema", () => {
  it("asks face to face only for a meeting, and ignores an answer for any other channel", () => {
    const s = logContactSchema(today);
    expect(s.parse(contact({ channel: "phone", faceToFace: "" }))).toMatchObject({ faceToFace: false });
    expect(s.parse(contact({ channel: "phone", faceToFace: "yes" }))).toMatchObject({ faceToFace: false });
    expect(s.parse(contact({ channel: "video", faceToFace: "yes" }))).toMatchObject({ faceToFace: false });
    expect(s.parse(contact({ channel: "in_person", faceToFace: "no" }))).toMatchObject({ faceToFace: false });
    expect(errors(s.safeParse(contact({ channel: "in_person", faceToFace: "" })))).toEqual({
      faceToFace: "followUps.errors.faceToFace",
    });
  });

  it("turns empty optional fields into null and yes/no into a boolean", () => {
    expect(logContactSchema(today).parse(contact({ channel: "in_person", faceToFace: "yes" }))).toMatchObject({
      faceToFace: true,
      employerId: null,
      notes: null,
      nextAction: null,
      nextDueOn: null,
      followUpId: null,
    });
  });

  it("wants a next step and its due date together, the due date not before the contact", () => {
    const s = logContactSchema(today);
    expect(errors(s.safeParse(contact({ nextAction: "Ring" })))).toEqual({
      nextDueOn: "followUps.errors.nextDueMissing",
    });
    expect(errors(s.safeParse(contact({ nextDueOn: "2026-12-01" })))).toEqual({
      nextAction: "followUps.errors.nextActionMissing",
    });
    expect(errors(s.safeParse(contact({ nextAction: "Ring", nextDueOn: "2026-11-27" })))).toEqual({
      nextDueOn: "followUps.errors.dueBeforeContact",
    });
    expect(
      s.safeParse(contact({ contactDate: "2026-11-20", nextAction: "Ring", nextDueOn: "2026-11-27" })).success,
    ).toBe(true);
  });

  it("refuses a contact date in the future and an employer contact without an employer", () => {
    const s = logContactSchema(today);
    expect(errors(s.safeParse(contact({ contactDate: "2026-11-29" })))).toEqual({
      contactDate: "followUps.errors.contactInFuture",
    });
    expect(errors(s.safeParse(contact({ kind: "workplace_visit" })))).toEqual({
      employerId: "followUps.errors.employerRequired",
    });
    expect(errors(s.safeParse(contact({ contactDate: "28.11.2026" })))).toEqual({
      contactDate: "followUps.errors.date",
    });
  });

  it("reports every error at once, the cross-field ones too", () => {
    const r = logContactSchema(today).safeParse(
      contact({ channel: "", purpose: "", faceToFace: "", kind: "employer", nextAction: "Ring" }),
    );
    expect(errors(r)).toEqual({
      channel: "followUps.errors.channel",
      purpose: "followUps.errors.purpose",
      employerId: "followUps.errors.employerRequired",
      nextDueOn: "followUps.errors.nextDueMissing",
    });
  });
});

describe("registerWorkSchema", () => {
  const work = (over: Record<string, string> = {}) => ({
    participantId: "p1",
    kind: "job",
    employerId: "",
    employerName: "Bakeriet",
    startsOn: "2026-12-01",
    endsOn: "",
    ...over,
  });
  it("takes a typed employer name or a listed employer, and an optional end after the start", () => {
    expect(registerWorkSchema.parse(work())).toMatchObject({
      employerId: null,
      employerName: "Bakeriet",
      endsOn: null,
    });
    expect(errors(registerWorkSchema.safeParse(work({ employerName: "", kind: "", endsOn: "2026-11-30" })))).toEqual({
      kind: "followUps.errors.workKind",
      employerId: "followUps.errors.workEmployerMissing",
      endsOn: "followUps.errors.endBeforeStart",
    });
  });
});
