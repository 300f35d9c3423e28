// Property-based tests of data functions (issue 7, "Fuzzed input"): hostile text that the real
// schema accepts is stored exactly as typed, never as markup; a refusal is a UserError or
// NotFoundError and leaves no row behind.
import fc from "fast-check";
import { and, eq, sql } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  contacts,
  employerContacts,
  followUps,
  organizations,
  participantOutcomes,
  participants,
  slots,
  users,
} from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { giveConsent } from "@/lib/consents/data/consents";
import { inviteEmployerContact } from "@/lib/employers/data/contacts";
import { employerContactSchema } from "@/lib/employers/schemas";
import { logContact } from "@/lib/follow-ups/data/follow-ups";
import { logContactSchema } from "@/lib/follow-ups/schemas";
import { recordOutcome } from "@/lib/outcomes/data";
import { createParticipant, updateParticipant } from "@/lib/participant-record/data";
import { consentSchema, outcomeSchema, participantFormSchema } from "@/lib/participants/schemas";
import { createSlot } from "@/lib/slots/data";
import { slotFormSchema } from "@/lib/slots/schemas";
import { hostileString, hostileText } from "./__fixtures__/fuzz-inputs";

const RUNS = 25;
const TABLES = [
  "participants",
  "participant_languages",
  "participant_experience",
  "participant_wishes",
  "participant_status_changes",
  "participant_outcomes",
  "consents",
  "contacts",
  "follow_ups",
  "slots",
  "users",
  "memberships",
  "employer_contacts",
  "email_outbox",
  "verification_tokens",
  "audit_log",
];

let h: DbHandle;
let jonas: Ctx;
let employerId: string;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  jonas = await ctxFor(h.db, "jonas.kvamsdal@bergen.kommune.example");
  const [employer] = await h.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.kind, "employer"), eq(organizations.city, "Bergen")))
    .limit(1);
  employerId = employer.id;
});

async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const res = await h.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as { n: number }[];
    out[table] = Number(rows[0].n);
  }
  return out;
}

/**
 * Runs a write: returns true when it went through; a UserError or NotFoundError is a
 * refusal, and then no table may have changed. Anything else fails the test.
 */
async function attempt(write: () => Promise<unknown>): Promise<boolean> {
  const before = await rowCounts();
  try {
    await write();
    return true;
  } catch (err) {
    if (!(err instanceof UserError) && !(err instanceof NotFoundError)) throw err;
    expect(await rowCounts()).toEqual(before);
    return false;
  }
}

/** Byte for byte what the schema handed over, and React renders it as text, not markup. */
function expectStoredAsText(stored: string | null, given: string | null) {
  expect(stored === null ? null : Buffer.from(stored, "utf8").toString("hex")).toBe(
    given === null ? null : Buffer.from(given, "utf8").toString("hex"),
  );
  if (stored) {
    const html = renderToStaticMarkup(createElement("p", null, stored));
    expect(html.startsWith("<p>") && html.endsWith("</p>")).toBe(true);
    expect(html.slice(3, -4)).not.toContain("<");
  }
}

/** What the real schema makes of a form, or undefined when it refuses it (the action would stop there). */
function accepted<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  form: Record<string, string>,
): T | undefined {
  const r = schema.safeParse(form);
  return r.success ? r.data : undefined;
}

const participantForm = {
  firstName: "Amina",
  lastName: "Yusuf",
  birthYear: "1990",
  email: "",
  phone: "",
  countryOfOrigin: "",
  norwegianReading: "A2",
  norwegianWriting: "A2",
  norwegianSpeaking: "B1",
  norwegianListening: "B1",
  educationLevel: "secondary",
  educationField: "",
  hoursPerWeek: "30",
  availableFrom: "",
  area: "",
  programmeTrack: "work",
  programmeStart: "2026-01-05",
  programmeEnd: "2027-06-30",
  status: "enrolled",
  assignedTo: "",
  externalId: "",
};
const newParticipant = () => createParticipant(jonas, participantFormSchema(2026).parse(participantForm));
const participantTexts = fc.record({
  firstName: hostileText,
  lastName: hostileText,
  countryOfOrigin: hostileText,
  educationField: hostileText,
  area: hostileText,
  externalId: hostileText,
});

async function storedParticipant(id: string) {
  const [row] = await h.db.select().from(participants).where(eq(participants.id, id));
  return row;
}

describe("data functions under hostile text", () => {
  it("createParticipant and updateParticipant store names and free text exactly as typed", async () => {
    await fc.assert(
      fc.asyncProperty(participantTexts, participantTexts, async (created, edited) => {
        const schema = participantFormSchema(2026);
        const input = accepted(schema, { ...participantForm, ...created });
        if (!input) return;
        let id = "";
        // The same hostile external id twice is refused as taken, with nothing written.
        if (!(await attempt(async () => (id = await createParticipant(jonas, input))))) return;
        const row = await storedParticipant(id);
        for (const key of ["firstName", "lastName", "countryOfOrigin", "educationField", "area", "externalId"] as const)
          expectStoredAsText(row[key], input.record[key]);

        const update = accepted(schema, { ...participantForm, ...edited });
        if (!update || !(await attempt(() => updateParticipant(jonas, id, row.version, update)))) return;
        const after = await storedParticipant(id);
        for (const key of ["firstName", "lastName", "countryOfOrigin", "educationField", "area", "externalId"] as const)
          expectStoredAsText(after[key], update.record[key]);
      }),
      { numRuns: RUNS },
    );
  });

  it("logContact stores notes and the next action exactly as typed", async () => {
    const participantId = await newParticipant();
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (notes, nextAction) => {
        const input = accepted(logContactSchema("2026-06-01"), {
          participantId,
          kind: "participant",
          channel: "phone",
          purpose: "follow_along",
          faceToFace: "yes",
          contactDate: "2026-05-01",
          employerId: "",
          notes,
          nextAction,
          nextDueOn: "2026-06-15",
          followUpId: "",
        });
        if (!input) return;
        const { contactId, followUpId } = await logContact(jonas, input);
        const [contact] = await h.db.select({ notes: contacts.notes }).from(contacts).where(eq(contacts.id, contactId));
        const [followUp] = await h.db
          .select({ title: followUps.title })
          .from(followUps)
          .where(eq(followUps.id, followUpId as string));
        expectStoredAsText(contact.notes, input.notes);
        expectStoredAsText(followUp.title, input.nextAction);
      }),
      { numRuns: RUNS },
    );
  });

  it("createSlot stores the title, description and requirements exactly as typed", async () => {
    const texts = fc.record({
      title: hostileText,
      description: hostileText,
      otherRequirements: hostileText,
      area: hostileText,
      mentorName: hostileText,
    });
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const input = accepted(slotFormSchema, {
          employerId,
          kind: "internship",
          occupation: "9112",
          positions: "2",
          norwegianRequired: "",
          startsOn: "2026-09-01",
          endsOn: "",
          hoursPerWeek: "30",
          status: "open",
          ...t,
        });
        if (!input) return;
        const id = await createSlot(jonas, input);
        const [row] = await h.db.select().from(slots).where(eq(slots.id, id));
        for (const key of ["title", "description", "otherRequirements", "area", "mentorName"] as const)
          expectStoredAsText(row[key], input[key]);
      }),
      { numRuns: RUNS },
    );
  });

  it("giveConsent and recordOutcome refuse a hostile participant id as not found, writing nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileText, async (id, reason) => {
        const consent = consentSchema.parse({ id, scope: "share_employers", givenOn: "2026-03-01", method: "digital" });
        expect(
          await attempt(() =>
            giveConsent(jonas, {
              participantId: consent.id,
              scope: consent.scope,
              givenOn: consent.givenOn,
              method: consent.method,
            }),
          ),
        ).toBe(false);
        const outcome = accepted(outcomeSchema, { id, timepoint: "programme_end", outcome: "neither", reason });
        if (!outcome) return;
        expect(
          await attempt(() =>
            recordOutcome(jonas, {
              participantId: outcome.id,
              timepoint: outcome.timepoint,
              outcome: outcome.outcome,
              reason: outcome.reason,
            }),
          ),
        ).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it("createParticipant refuses a tampered staff id as a field error, writing nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (assignedTo) => {
        const input = accepted(participantFormSchema(2026), { ...participantForm, assignedTo });
        if (!input?.record.assignedTo) return;
        const err = await createParticipant(jonas, input).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(UserError);
        expect((err as UserError).field).toBe("assignedTo");
        expect(await attempt(() => createParticipant(jonas, input))).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it("recordOutcome stores the reason exactly as typed", async () => {
    const participantId = await newParticipant();
    await fc.assert(
      fc.asyncProperty(hostileText, async (reason) => {
        const input = accepted(outcomeSchema, { id: participantId, timepoint: "one_year", outcome: "neither", reason });
        if (!input) return;
        await recordOutcome(jonas, {
          participantId,
          timepoint: input.timepoint,
          outcome: input.outcome,
          reason: input.reason,
        });
        const [row] = await h.db
          .select({ reason: participantOutcomes.reason })
          .from(participantOutcomes)
          .where(eq(participantOutcomes.participantId, participantId));
        expectStoredAsText(row.reason, input.reason);
      }),
      { numRuns: RUNS },
    );
  });

  it("inviteEmployerContact stores the contact's name and title exactly as typed", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (name, title) => {
        const input = accepted(employerContactSchema, {
          id: employerId,
          name,
          email: `fuzz${n++}@example.no`,
          title,
          phone: "",
          invite: "on",
        });
        if (!input) return;
        const { id: _id, invite: _invite, ...contact } = input;
        const { userId } = await inviteEmployerContact(jonas, employerId, contact, { locale: "nb" });
        const [row] = await h.db
          .select({ name: employerContacts.name, title: employerContacts.title })
          .from(employerContacts)
          .where(eq(employerContacts.email, input.email));
        const [user] = await h.db.select({ name: users.name }).from(users).where(eq(users.id, userId));
        expectStoredAsText(row.name, input.name);
        expectStoredAsText(row.title, input.title);
        expectStoredAsText(user.name, input.name);
      }),
      { numRuns: RUNS },
    );
  });
});
