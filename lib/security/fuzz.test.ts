// Property-based tests of every server action's schema (issue 7, "Fuzzed input"): random and
// hostile form values never make safeParse throw; a refusal names message keys that exist
// in both languages; an accepted form never carries text longer than its field allows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { accountSchema } from "@/lib/account/schemas";
import { requestMagicLinkSchema, switchMembershipSchema } from "@/lib/auth/schemas";
import { contactPersonSchema, employerContactSchema, employerProfileSchema } from "@/lib/employers/schemas";
import {
  completeFollowUpSchema,
  dueListFiltersSchema,
  logContactSchema,
  registerWorkSchema,
} from "@/lib/follow-ups/schemas";
import { LOCALES } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { parseCsvFile } from "@/lib/participant-import/rules";
import { importActionSchema } from "@/lib/participant-import/schemas";
import {
  consentSchema,
  editParticipantSchema,
  eraseSchema,
  outcomeSchema,
  participantFormSchema,
  reassignSchema,
  withdrawConsentSchema,
} from "@/lib/participants/schemas";
import { changeRoleSchema, invitePersonSchema, setActiveSchema } from "@/lib/people/schemas";
import { agreementTermsSchema, confirmAgreementSchema, moveSchema, proposeSchema } from "@/lib/placements/schemas";
import { settingsSchema } from "@/lib/settings/schemas";
import { editSlotSchema, slotFormSchema, slotStatusSchema } from "@/lib/slots/schemas";
import { hostileString } from "./__fixtures__/fuzz-inputs";
import type { Case } from "./__fixtures__/fuzz-cases/case";
import { cases as actionItemCases } from "./__fixtures__/fuzz-cases/action-items";
import { cases as councilCases } from "./__fixtures__/fuzz-cases/council";
import { cases as eventCases } from "./__fixtures__/fuzz-cases/events";
import { cases as fairCandidateCases } from "./__fixtures__/fuzz-cases/fair-candidates";
import { cases as fairDayCases } from "./__fixtures__/fuzz-cases/fair-day";
import { cases as goalCases } from "./__fixtures__/fuzz-cases/goals";
import { cases as interviewCases } from "./__fixtures__/fuzz-cases/interviews";
import { cases as memberCases } from "./__fixtures__/fuzz-cases/members";

const ID = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";

const participant = {
  firstName: "Amina",
  lastName: "Yusuf",
  birthYear: "1990",
  email: "",
  phone: "",
  countryOfOrigin: "",
  norwegianReading: "A2",
  norwegianWriting: "",
  norwegianSpeaking: "B1",
  norwegianListening: "",
  educationLevel: "secondary",
  educationField: "",
  hoursPerWeek: "30",
  availableFrom: "",
  area: "Årstad",
  programmeTrack: "work",
  programmeStart: "2026-01-05",
  programmeEnd: "2027-06-30",
  status: "enrolled",
  assignedTo: "",
  externalId: "",
  lang0: "ar",
  langLevel0: "C2",
  exp0: "9112",
  expYears0: "3",
  wish0: "9112",
};
const participantTyped = [
  "firstName",
  "lastName",
  "birthYear",
  "email",
  "phone",
  "countryOfOrigin",
  "educationField",
  "hoursPerWeek",
  "availableFrom",
  "area",
  "programmeStart",
  "programmeEnd",
  "externalId",
  "exp0",
  "expYears0",
  "wish0",
];
const participantMax = {
  firstName: 100,
  lastName: 100,
  phone: 30,
  countryOfOrigin: 100,
  educationField: 200,
  area: 100,
  externalId: 100,
};
const slot = {
  employerId: ID,
  kind: "internship",
  title: "Lagermedarbeider",
  description: "Plukk og pakk",
  occupation: "9112",
  positions: "2",
  norwegianRequired: "",
  otherRequirements: "",
  area: "",
  startsOn: "2026-09-01",
  endsOn: "",
  hoursPerWeek: "30",
  mentorName: "",
  status: "open",
};
const slotTyped = [
  "title",
  "description",
  "occupation",
  "positions",
  "otherRequirements",
  "area",
  "startsOn",
  "endsOn",
  "hoursPerWeek",
  "mentorName",
];
const slotMax = { title: 120, description: 3000, otherRequirements: 1000, area: 100, mentorName: 120 };

const CASES: Record<string, Case> = {
  ...memberCases,
  ...eventCases,
  ...fairCandidateCases,
  ...interviewCases,
  ...fairDayCases,
  ...councilCases,
  ...actionItemCases,
  ...goalCases,
  requestMagicLink: {
    schema: requestMagicLinkSchema,
    valid: { email: "kari@example.no", callbackUrl: "/home" },
    typed: ["email"],
    open: ["email", "callbackUrl"],
  },
  switchMembership: { schema: switchMembershipSchema, valid: { membershipId: ID }, typed: [] },
  setLocale: { schema: z.object({ locale: z.enum(LOCALES) }), valid: { locale: "nb" }, typed: [] },
  contactPerson: {
    schema: contactPersonSchema,
    valid: { id: ID, contactUserId: ID },
    typed: [],
    open: ["id", "contactUserId"],
  },
  employerContact: {
    schema: employerContactSchema,
    valid: { id: ID, name: "Kari Nordmann", email: "kari@example.no", title: "", phone: "", invite: "on" },
    typed: ["name", "email", "title", "phone"],
    max: { name: 200, title: 100, phone: 30 },
    open: ["id", "email"],
  },
  employerProfile: {
    schema: employerProfileSchema,
    valid: { id: ID, orgNumber: "974760673", industry: "", sizeBand: "", address: "", area: "", website: "" },
    typed: ["orgNumber", "address", "area", "website"],
    // The website gets "https://" in front when typed without a scheme.
    max: { address: 200, area: 100, website: 208 },
    open: ["id"],
  },
  completeFollowUp: {
    schema: completeFollowUpSchema.and(dueListFiltersSchema),
    valid: { id: ID, scope: "mine", range: "soon" },
    typed: [],
    open: ["id"],
  },
  createSlot: { schema: slotFormSchema, valid: slot, typed: slotTyped, max: slotMax, open: ["employerId"] },
  updateSlot: {
    schema: editSlotSchema,
    valid: { ...slot, id: ID, version: "1" },
    typed: slotTyped,
    max: slotMax,
    open: ["employerId", "id"],
  },
  setSlotStatus: {
    schema: slotStatusSchema,
    valid: { id: ID, version: "1", status: "closed" },
    typed: [],
    open: ["id"],
  },
  createParticipant: {
    schema: participantFormSchema(2026),
    valid: participant,
    typed: participantTyped,
    max: participantMax,
    open: ["email", "assignedTo"],
  },
  updateParticipant: {
    schema: editParticipantSchema(2026),
    valid: { ...participant, id: ID, version: "1" },
    typed: participantTyped,
    max: participantMax,
    open: ["email", "assignedTo", "id"],
  },
  reassign: { schema: reassignSchema, valid: { id: ID, assignedTo: ID }, typed: [], open: ["id", "assignedTo"] },
  giveConsent: {
    schema: consentSchema,
    valid: { id: ID, scope: "share_employers", givenOn: "2026-03-01", method: "digital" },
    typed: ["givenOn"],
    open: ["id"],
  },
  withdrawConsent: {
    schema: withdrawConsentSchema,
    valid: { id: ID, consentId: ID },
    typed: [],
    open: ["id", "consentId"],
  },
  recordOutcome: {
    schema: outcomeSchema,
    valid: { id: ID, timepoint: "programme_end", outcome: "neither", reason: "Syk" },
    typed: ["reason"],
    max: { reason: 500 },
    open: ["id"],
  },
  erase: {
    schema: eraseSchema,
    valid: { id: ID, reasonCode: "request", note: "Ønske fra deltakeren", confirm: "on" },
    typed: ["note"],
    max: { note: 500 },
    open: ["id"],
  },
  logContact: {
    schema: logContactSchema("2026-06-01"),
    valid: {
      participantId: ID,
      kind: "participant",
      channel: "phone",
      purpose: "follow_along",
      faceToFace: "no",
      contactDate: "2026-03-01",
      employerId: "",
      notes: "Snakket om praksis",
      nextAction: "Ring igjen",
      nextDueOn: "2026-06-10",
      followUpId: "",
    },
    typed: ["contactDate", "notes", "nextAction", "nextDueOn"],
    max: { notes: 4000, nextAction: 200 },
    open: ["participantId", "employerId", "followUpId"],
  },
  registerWork: {
    schema: registerWorkSchema,
    valid: {
      participantId: ID,
      kind: "job",
      employerId: "",
      employerName: "Bakeriet",
      startsOn: "2026-03-01",
      endsOn: "",
    },
    typed: ["employerName", "startsOn", "endsOn"],
    max: { employerName: 200 },
    open: ["participantId", "employerId"],
  },
  importParticipants: {
    schema: importActionSchema,
    valid: { mode: "preview", file: "fornavn;etternavn\nAmina;Yusuf", fileName: "deltakere.csv" },
    typed: ["file"],
    max: { file: 900_000, fileName: 255, fingerprint: 64 },
    open: ["tooLarge"],
  },
  saveAccount: {
    schema: accountSchema,
    valid: { name: "Jonas Kvamsdal", locale: "nb" },
    typed: ["name"],
    max: { name: 100 },
  },
  saveSettings: {
    schema: settingsSchema,
    valid: { retentionMonths: "24", caseloadTarget: "20", updatedAt: "" },
    typed: ["retentionMonths", "caseloadTarget"],
    open: ["updatedAt"],
  },
  propose: {
    schema: proposeSchema,
    valid: { slotId: ID, participantId: ID, note: "" },
    typed: ["note"],
    max: { note: 1000 },
    open: ["slotId", "participantId"],
  },
  move: {
    schema: moveSchema,
    valid: {
      id: ID,
      version: "1",
      to: "interview",
      note: "",
      reason: "",
      outcome: "",
      interviewAt: "2026-05-04T10:30",
      returnTo: "/pipeline",
    },
    typed: ["note", "reason", "interviewAt"],
    max: { note: 1000, reason: 500 },
    open: ["id", "returnTo"],
  },
  saveTerms: {
    schema: agreementTermsSchema,
    valid: {
      placementId: ID,
      version: "0",
      tasks: "Plukk og pakk",
      mentorName: "Per Hansen",
      startsOn: "2026-03-01",
      endsOn: "",
      hoursPerWeek: "30",
      followUpPlan: "Ukentlig samtale",
      supportScheme: "none",
      municipalityContactId: ID,
    },
    typed: ["tasks", "mentorName", "startsOn", "endsOn", "hoursPerWeek", "followUpPlan"],
    max: { tasks: 2000, mentorName: 200, followUpPlan: 2000 },
    open: ["placementId", "municipalityContactId"],
  },
  confirmAgreement: {
    schema: confirmAgreementSchema,
    valid: { placementId: ID, version: "1", party: "participant", method: "digital" },
    typed: [],
    open: ["placementId"],
  },
  invitePerson: {
    schema: invitePersonSchema,
    valid: { name: "Kari Nordmann", email: "kari@example.no", role: "consultant", isAdmin: "" },
    typed: ["name", "email"],
    max: { name: 100 },
    open: ["email"],
  },
  changeRole: {
    schema: changeRoleSchema,
    valid: { membershipId: ID, role: "job_specialist", isAdmin: "on" },
    typed: [],
  },
  setActive: { schema: setActiveSchema, valid: { membershipId: ID, active: "no" }, typed: [] },
};

/**
 * Output keys that never reach a query as text: ids checked with isUuid() first, addresses and
 * flags used only in code, and the import file, whose parser reports a NUL as a malformed line.
 */
const UUID_CHECKED = [
  "file",
  "id",
  "meetingId",
  "goalId",
  "commitmentId",
  "itemId",
  "representativeId",
  "organizationId",
  "ownerOrgId",
  "eventId",
  "candidateId",
  "standId",
  "campaignId",
  "interviewId",
  "recipientId",
  "otherId",
  "token",
  "participantId",
  "employerId",
  "followUpId",
  "slotId",
  "placementId",
  "consentId",
  "callbackUrl",
  "returnTo",
  "updatedAt",
  "tooLarge",
  "fileName",
];

type Tree = { [key: string]: unknown };
function has(tree: unknown, path: string[]): boolean {
  let node = tree;
  for (const part of path) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Tree)[part];
  }
  return typeof node === "string";
}

const KEY = /^[A-Za-z]\w*(\.\w+)*$/;
/** Resolves like the action wrapper: a bare key in "errors", a dotted key in full, in both languages. */
function keyExists(message: string): boolean {
  const path = message.includes(".") ? message.split(".") : ["errors", message];
  return has(messages.nb, path) && has(messages.en, path);
}

/** Every string in the parsed output with the key it sits under (array items keep their parent's key). */
function strings(value: unknown, key = ""): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

/** Changes to a valid form: a field set to a hostile value, removed, or an extra field added. */
const edits = (fields: string[]) =>
  fc.array(
    fc.tuple(
      fc.constantFrom(...fields, "extra", "__proto__", "constructor"),
      fc.option(hostileString, { nil: undefined }),
    ),
    { minLength: 1, maxLength: 6 },
  );

function apply(
  valid: Record<string, string>,
  changes: [string, string | undefined][],
  fromEmpty: boolean,
): Record<string, string> {
  const form: Record<string, string> = fromEmpty ? {} : { ...valid };
  for (const [field, value] of changes) {
    if (value === undefined) delete form[field];
    else Object.defineProperty(form, field, { value, enumerable: true, writable: true, configurable: true });
  }
  return form;
}

function check(c: Case, form: Record<string, string>) {
  const result = c.schema.safeParse(form);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (KEY.test(issue.message))
        expect(keyExists(issue.message), `message key "${issue.message}" at ${field}`).toBe(true);
      // zod's own English text is only acceptable where no user types: the wrapper shows "invalid" there.
      else
        expect(c.typed.includes(field) && field in form, `zod text "${issue.message}" at typed field ${field}`).toBe(
          false,
        );
    }
    return;
  }
  for (const [key, value] of strings(result.data)) {
    // PostgreSQL text cannot hold U+0000: a schema that let it through would turn a bad form into a server error.
    // Ids checked with isUuid() before any query are the exception.
    if (!UUID_CHECKED.includes(key)) expect(value.includes("\u0000"), `NUL in ${key}`).toBe(false);
    if (c.open?.includes(key)) continue;
    // zod (like PostgreSQL) counts characters as code points: an emoji is one, not two UTF-16 units.
    expect([...value].length, `length of ${key}`).toBeLessThanOrEqual(c.max?.[key] ?? 64);
  }
}

describe("every server action's schema under fuzzed input", () => {
  it("accepts each case's valid form (so the fuzzer starts from forms that pass)", () => {
    for (const [name, c] of Object.entries(CASES)) expect(c.schema.safeParse(c.valid).success, name).toBe(true);
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: never throws, refuses with known keys, accepts only text within limits`, () => {
      fc.assert(
        fc.property(edits(Object.keys(c.valid)), fc.boolean(), (changes, fromEmpty) => {
          check(c, apply(c.valid, changes, fromEmpty));
        }),
        { numRuns: 150 },
      );
    });
  }

  it("reports a CSV file containing NUL as malformed instead of importing it", () => {
    expect(parseCsvFile("fornavn;etternavn\nAmi\u0000na;Yusuf\n")).toEqual({
      ok: false,
      problem: { code: "malformed", line: 2 },
    });
  });

  it("refuses a typed field over its limit with the field's own message", () => {
    const r = participantFormSchema(2026).safeParse({ ...participant, firstName: "ø".repeat(101) });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain("participants.errors.tooLong");
  });
});
