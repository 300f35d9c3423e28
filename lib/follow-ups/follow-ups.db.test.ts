import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  auditLog,
  contacts,
  emailOutbox,
  followUps,
  participantStatusChanges,
  participants,
  workPeriods,
} from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { deactivatePerson } from "@/lib/people/data/changes";
import { osloDate } from "@/lib/time/oslo";
import { employerTimeline, participantTimeline } from "@/lib/timeline/data";
import { registerWorkStart } from "@/lib/work/data";
import {
  completeFollowUp,
  DUE_PAGE_SIZE,
  listDueFollowUps,
  listEmployers,
  listParticipantFollowUps,
  logContact,
} from "./data/follow-ups";
import { sendWeeklyDigests } from "./data/digest";
import { followUpEmployer } from "./data/employer";
import { addDays, cadenceFor } from "./rules";
import { logContactSchema, registerWorkSchema } from "./schemas";

let h: DbHandle;
let jonas: Ctx, leyla: Ctx, bergenAdmin: Ctx, henrik: Ctx;
const today = osloDate(new Date());
const bergen = stableId("org:bergen-kommune");
const trondheim = stableId("org:trondheim-kommune");
const bergenEmployer = stableId("org:bergen-employer-1");
const trondheimEmployer = stableId("org:trondheim-employer-1");

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  // These tests count contacts, follow-ups and email: keep the seeded people and
  // organizations, but start without the demo caseload.
  await h.db.execute(sql`truncate table audit_log, follow_ups, contacts, consents, work_periods, participant_outcomes,
    participant_status_changes, participant_wishes, participant_experience, participant_languages, participants, email_outbox cascade`);
  jonas = await ctxFor(h.db, "jonas.kvamsdal@bergen.kommune.example");
  leyla = await ctxFor(h.db, "leyla.brattebo@bergen.kommune.example");
  bergenAdmin = await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example");
  henrik = await ctxFor(h.db, "henrik.byasveen@trondheim.kommune.example");
});

async function participant(municipalityId: string, assignedTo: string | null, firstName = "Amina"): Promise<string> {
  const [row] = await h.db
    .insert(participants)
    .values({
      municipalityId,
      assignedTo,
      firstName,
      lastName: "Testesen",
      birthYear: 1990,
      programmeStart: "2026-01-05",
      programmeEnd: "2027-06-30",
      enrolledAt: "2026-01-05",
    })
    .returning({ id: participants.id });
  return row.id;
}

const contactInput = (over: Record<string, string> = {}) =>
  logContactSchema(today).parse({
    participantId: "",
    kind: "participant",
    channel: "phone",
    purpose: "follow_along",
    faceToFace: "no",
    contactDate: today,
    employerId: "",
    notes: "Snakket om turnusen.",
    nextAction: "",
    nextDueOn: "",
    followUpId: "",
    ...over,
  });

const audits = (participantId: string, action: string) =>
  h.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.participantId, participantId), eq(auditLog.action, action)));

describe("logging a contact", () => {
  it("saves the contact, turns the next action into a follow-up on the due list, and audits it", async () => {
    const p = await participant(bergen, jonas.userId);
    const yesterday = addDays(today, -1);
    const { followUpId } = await logContact(
      jonas,
      contactInput({
        participantId: p,
        contactDate: addDays(today, -2),
        nextAction: "Ring om vaktlista",
        nextDueOn: yesterday,
      }),
    );
    expect(followUpId).not.toBeNull();
    const { rows: due } = await listDueFollowUps(jonas, { scope: "mine" });
    expect(due).toEqual([
      {
        id: followUpId,
        dueOn: yesterday,
        title: "Ring om vaktlista",
        source: "next_action",
        participantId: p,
        participantName: "Amina Testesen",
        staffName: "Jonas Kvamsdal",
      },
    ]);
    const [contact] = await h.db.select().from(contacts);
    expect(contact).toMatchObject({
      municipalityId: bergen,
      staffId: jonas.userId,
      participantId: p,
      kind: "participant",
      faceToFace: false,
    });
    expect(await audits(p, "contact.create")).toHaveLength(1);
    // Someone else's list does not show it, the admin's whole-municipality list does.
    expect((await listDueFollowUps(leyla, { scope: "mine" })).rows).toEqual([]);
    expect((await listDueFollowUps(leyla, { scope: "all" })).rows).toEqual([]); // only admins may see everyone's
    expect((await listDueFollowUps(bergenAdmin, { scope: "all" })).rows.map((d) => d.id)).toEqual([followUpId]);
  });

  it("completes the follow-up it answers, which then leaves the due list", async () => {
    const p = await participant(bergen, jonas.userId);
    const { followUpId } = await logContact(
      jonas,
      contactInput({ participantId: p, nextAction: "Besøk arbeidsplassen", nextDueOn: today }),
    );
    const { contactId } = await logContact(jonas, contactInput({ participantId: p, followUpId: followUpId! }));
    expect((await listDueFollowUps(jonas, { scope: "mine" })).rows).toEqual([]);
    const [row] = await h.db.select().from(followUps).where(eq(followUps.id, followUpId!));
    expect(row.doneContactId).toBe(contactId);
    expect(row.doneAt).not.toBeNull();
    expect(await audits(p, "followup.complete")).toHaveLength(1);
  });

  it("records an employer contact with an employer in the same city only", async () => {
    const p = await participant(bergen, jonas.userId);
    await logContact(
      leyla,
      contactInput({
        participantId: p,
        kind: "workplace_visit",
        channel: "in_person",
        faceToFace: "yes",
        employerId: bergenEmployer,
      }),
    );
    await expect(
      logContact(leyla, contactInput({ participantId: p, kind: "employer", employerId: trondheimEmployer })),
    ).rejects.toThrow(NotFoundError);
    await expect(
      logContact(leyla, contactInput({ participantId: p, kind: "employer", employerId: bergen })),
    ).rejects.toThrow(NotFoundError);
    expect((await listEmployers(leyla)).every((e) => e.id !== trondheimEmployer)).toBe(true);
    expect(await h.db.select().from(contacts)).toHaveLength(1);
  });

  it("knows the employer a next step after an employer contact is about, for the contact that answers it", async () => {
    const p = await participant(bergen, jonas.userId);
    const next = { participantId: p, nextAction: "Ring igjen", nextDueOn: addDays(today, 2) };
    const aboutEmployer = await logContact(
      jonas,
      contactInput({ ...next, kind: "employer", employerId: bergenEmployer }),
    );
    const aboutParticipant = await logContact(jonas, contactInput(next));
    expect(await followUpEmployer(jonas, aboutEmployer.followUpId!)).toEqual({
      id: bergenEmployer,
      name: expect.any(String),
    });
    expect(await followUpEmployer(jonas, aboutParticipant.followUpId!)).toBeNull();
    // Another municipality's follow-up, or no id at all, tells nothing.
    expect(await followUpEmployer(henrik, aboutEmployer.followUpId!)).toBeNull();
    expect(await followUpEmployer(jonas, "not-an-id")).toBeNull();
  });

  it("refuses a contact for another municipality's participant, and saves nothing", async () => {
    const p = await participant(bergen, jonas.userId);
    await expect(
      logContact(henrik, contactInput({ participantId: p, nextAction: "x", nextDueOn: today })),
    ).rejects.toThrow(NotFoundError);
    expect(await h.db.select().from(contacts)).toHaveLength(0);
    expect(await h.db.select().from(followUps)).toHaveLength(0);
  });

  it("rolls everything back when the follow-up to complete is not the caller's", async () => {
    const p = await participant(bergen, jonas.userId);
    const t = await participant(trondheim, henrik.userId);
    const { followUpId } = await logContact(
      henrik,
      contactInput({ participantId: t, nextAction: "Ring", nextDueOn: today }),
    );
    await expect(
      logContact(
        jonas,
        contactInput({ participantId: p, nextAction: "Neste", nextDueOn: today, followUpId: followUpId! }),
      ),
    ).rejects.toThrow(NotFoundError);
    // Neither Jonas's contact nor his next action was saved, and Henrik's follow-up is still open.
    expect(await h.db.select().from(contacts).where(eq(contacts.municipalityId, bergen))).toHaveLength(0);
    expect(await h.db.select().from(followUps).where(eq(followUps.municipalityId, bergen))).toHaveLength(0);
    expect((await listDueFollowUps(henrik, { scope: "mine" })).rows.map((d) => d.id)).toEqual([followUpId]);
  });
});

describe("completing a follow-up", () => {
  it("is scoped to the municipality", async () => {
    const p = await participant(bergen, jonas.userId);
    const { followUpId } = await logContact(
      jonas,
      contactInput({ participantId: p, nextAction: "Ring", nextDueOn: today }),
    );
    await expect(completeFollowUp(henrik, followUpId!)).rejects.toThrow(NotFoundError);
    await expect(completeFollowUp(henrik, "not-a-uuid")).rejects.toThrow(NotFoundError);
    expect((await listDueFollowUps(jonas, { scope: "mine" })).rows).toHaveLength(1);
    await completeFollowUp(jonas, followUpId!);
    expect((await listDueFollowUps(jonas, { scope: "mine" })).rows).toHaveLength(0);
    expect(await audits(p, "followup.complete")).toHaveLength(1);
    // Completing twice changes nothing and audits nothing more.
    await completeFollowUp(jonas, followUpId!);
    expect(await audits(p, "followup.complete")).toHaveLength(1);
  });
});

describe("the due list", () => {
  it("lists up to a date when asked, and never an anonymized participant's follow-ups", async () => {
    const a = await participant(bergen, jonas.userId);
    const b = await participant(bergen, jonas.userId, "Bashir");
    const soon = await logContact(
      jonas,
      contactInput({ participantId: a, nextAction: "Snart", nextDueOn: addDays(today, 3) }),
    );
    await logContact(jonas, contactInput({ participantId: a, nextAction: "Senere", nextDueOn: addDays(today, 40) }));
    await logContact(jonas, contactInput({ participantId: b, nextAction: "Borte", nextDueOn: today }));
    await h.db.update(participants).set({ anonymizedAt: new Date() }).where(eq(participants.id, b));
    expect((await listDueFollowUps(jonas, { scope: "mine", until: addDays(today, 14) })).rows.map((r) => r.id)).toEqual(
      [soon.followUpId],
    );
    expect((await listDueFollowUps(jonas, { scope: "mine" })).rows.map((r) => r.title)).toEqual(["Snart", "Senere"]);
  });

  it("lists from a date too, both ends included, as the week range asks", async () => {
    const a = await participant(bergen, jonas.userId);
    const on = (d: number, title: string) =>
      logContact(jonas, contactInput({ participantId: a, nextAction: title, nextDueOn: addDays(today, d) }));
    await on(2, "Før");
    await on(3, "Mandag");
    await on(9, "Søndag");
    await on(10, "Etter");
    const { rows } = await listDueFollowUps(jonas, {
      scope: "mine",
      from: addDays(today, 3),
      until: addDays(today, 9),
    });
    expect(rows.map((r) => r.title)).toEqual(["Mandag", "Søndag"]);
  });

  it("comes a page at a time in due order, with the total, and a page past the last gives the last", async () => {
    const a = await participant(bergen, jonas.userId);
    const count = DUE_PAGE_SIZE + 2;
    for (let i = 0; i < count; i++)
      await logContact(
        jonas,
        contactInput({ participantId: a, nextAction: `Steg ${i}`, nextDueOn: addDays(today, i) }),
      );
    const first = await listDueFollowUps(jonas, { scope: "mine" });
    expect([first.total, first.page, first.pages, first.rows.length]).toEqual([count, 1, 2, DUE_PAGE_SIZE]);
    expect(first.rows[0].title).toBe("Steg 0");
    const second = await listDueFollowUps(jonas, { scope: "mine", page: 2 });
    expect(second.rows.map((r) => r.title)).toEqual([`Steg ${count - 2}`, `Steg ${count - 1}`]);
    expect((await listDueFollowUps(jonas, { scope: "mine", page: 9 })).page).toBe(2);
    // Another staff member's page is their own: none of Jonas's.
    expect((await listDueFollowUps(leyla, { scope: "mine", page: 2 })).total).toBe(0);
  });
});

describe("registering the start of a job", () => {
  it("adds the cadence for the participant's consultant, skips steps in the past, and audits it", async () => {
    const p = await participant(bergen, jonas.userId);
    const startsOn = addDays(today, 5);
    const input = registerWorkSchema.parse({
      participantId: p,
      kind: "job",
      employerId: bergenEmployer,
      employerName: "",
      startsOn,
      endsOn: "",
    });
    // Leyla registers it; the follow-ups go to Jonas, who has the participant.
    const { followUps: n } = await registerWorkStart(leyla, input);
    const expected = cadenceFor(startsOn, null).filter((s) => s.dueOn >= today);
    expect(n).toBe(expected.length);
    const rows = await h.db.select().from(followUps).where(eq(followUps.participantId, p));
    expect(rows.map((r) => [r.dueOn, r.title, r.source, r.staffId]).sort()).toEqual(
      expected.map((s) => [s.dueOn, s.titleKey, "cadence", jonas.userId]).sort(),
    );
    const [period] = await h.db.select().from(workPeriods);
    expect(period).toMatchObject({
      employerId: bergenEmployer,
      employerName: "Fjordkanten Bygg AS",
      startsOn,
      endsOn: null,
      createdBy: leyla.userId,
    });
    expect(await audits(p, "work.create")).toHaveLength(1);
    expect((await listParticipantFollowUps(jonas, p)).map((d) => d.title)[0]).toBe("beforeStart");
    await expect(listParticipantFollowUps(henrik, p)).rejects.toThrow(NotFoundError);
  });

  it("takes a typed employer name, and refuses another municipality's participant", async () => {
    const p = await participant(bergen, null);
    await registerWorkStart(
      jonas,
      registerWorkSchema.parse({
        participantId: p,
        kind: "internship",
        employerId: "",
        employerName: "Bakeriet på hjørnet",
        startsOn: addDays(today, -60),
        endsOn: addDays(today, 30),
      }),
    );
    const rows = await h.db.select().from(followUps).where(eq(followUps.participantId, p));
    // Nobody has the participant, so the person registering gets the follow-ups; none are in the past.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.staffId === jonas.userId && r.dueOn >= today && r.dueOn <= addDays(today, 30))).toBe(
      true,
    );
    const input = registerWorkSchema.parse({
      participantId: p,
      kind: "job",
      employerId: "",
      employerName: "X",
      startsOn: today,
      endsOn: "",
    });
    await expect(registerWorkStart(henrik, input)).rejects.toThrow(NotFoundError);
    expect(await h.db.select().from(workPeriods)).toHaveLength(1);
  });
});

describe("timelines", () => {
  it("shows a participant's contacts, work and status changes newest first, only to their municipality", async () => {
    const p = await participant(bergen, jonas.userId);
    await h.db
      .insert(participantStatusChanges)
      .values({ participantId: p, fromStatus: null, toStatus: "enrolled", changedBy: jonas.userId });
    await logContact(jonas, contactInput({ participantId: p, contactDate: addDays(today, -10) }));
    await registerWorkStart(
      jonas,
      registerWorkSchema.parse({
        participantId: p,
        kind: "job",
        employerId: bergenEmployer,
        employerName: "",
        startsOn: addDays(today, -3),
        endsOn: "",
      }),
    );
    const events = await participantTimeline(jonas, p);
    expect(events.map((e) => e.kind)).toEqual(["status", "work", "contact"]);
    expect(events[1]).toMatchObject({ kind: "work", employerName: "Fjordkanten Bygg AS", workKind: "job" });
    await expect(participantTimeline(henrik, p)).rejects.toThrow(NotFoundError);
  });

  it("shows an employer's contacts and work periods without participant notes, and 404s outside the city", async () => {
    const p = await participant(bergen, jonas.userId);
    await logContact(
      leyla,
      contactInput({
        kind: "employer",
        purpose: "job_development",
        employerId: bergenEmployer,
        notes: "Trenger to lagermedarbeidere.",
      }),
    );
    await logContact(
      leyla,
      contactInput({
        participantId: p,
        kind: "workplace_visit",
        employerId: bergenEmployer,
        notes: "Privat om Amina.",
      }),
    );
    await registerWorkStart(
      jonas,
      registerWorkSchema.parse({
        participantId: p,
        kind: "internship",
        employerId: bergenEmployer,
        employerName: "",
        startsOn: today,
        endsOn: "",
      }),
    );
    const { employer, events } = await employerTimeline(leyla, bergenEmployer);
    expect(employer.name).toBe("Fjordkanten Bygg AS");
    expect(events.map((e) => e.kind).sort()).toEqual(["contact", "contact", "work"]);
    const notes = events.flatMap((e) => (e.kind === "contact" ? [e.notes] : []));
    expect(notes).toContain("Trenger to lagermedarbeidere.");
    expect(notes).not.toContain("Privat om Amina.");
    expect(events.find((e) => e.kind === "work")).toMatchObject({ participant: { id: p, name: "Amina Testesen" } });
    // A page at a time, in the same order as the whole timeline.
    const first = await employerTimeline(leyla, bergenEmployer, { page: 1, pageSize: 2 });
    const second = await employerTimeline(leyla, bergenEmployer, { page: 2, pageSize: 2 });
    expect(first.total).toBe(3);
    expect([...first.events, ...second.events].map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(second.events).toHaveLength(1);
    // Trondheim staff see nothing of Bergen's work with a Bergen employer, and cannot open it.
    await expect(employerTimeline(henrik, bergenEmployer)).rejects.toThrow(NotFoundError);
    expect((await employerTimeline(henrik, trondheimEmployer)).events).toEqual([]);
  });
});

describe("weekly digest", () => {
  it("writes one email per staff member with items due within a week, and none to others", async () => {
    const a = await participant(bergen, jonas.userId);
    const b = await participant(bergen, jonas.userId, "Bashir");
    const c = await participant(trondheim, henrik.userId);
    await logContact(
      jonas,
      contactInput({
        participantId: a,
        contactDate: addDays(today, -5),
        nextAction: "Ring",
        nextDueOn: addDays(today, -1),
      }),
    );
    await logContact(jonas, contactInput({ participantId: b, nextAction: "Møte", nextDueOn: addDays(today, 3) }));
    await logContact(henrik, contactInput({ participantId: c, nextAction: "Møte", nextDueOn: addDays(today, 6) }));
    // Leyla's only item is weeks away, and the admin's item is already done: neither gets mail.
    await logContact(leyla, contactInput({ participantId: a, nextAction: "Senere", nextDueOn: addDays(today, 30) }));
    const { followUpId } = await logContact(
      bergenAdmin,
      contactInput({ participantId: a, nextAction: "Gjort", nextDueOn: today }),
    );
    await completeFollowUp(bergenAdmin, followUpId!);

    expect(await sendWeeklyDigests(new Date())).toBe(2);
    const mail = await h.db.select().from(emailOutbox);
    expect(mail.map((m) => m.toAddress).sort()).toEqual([
      "henrik.byasveen@trondheim.kommune.example",
      "jonas.kvamsdal@bergen.kommune.example",
    ]);
    const toJonas = mail.find((m) => m.toAddress.startsWith("jonas"))!;
    expect(toJonas.template).toBe("follow_up_digest");
    expect(toJonas.textBody).toContain("Forfalt: 1");
    expect(toJonas.textBody).toContain("Frist de neste sju dagene: 1");
    expect(toJonas.textBody).toContain("/follow-ups");
    // No participant names leave the app by email.
    expect(toJonas.textBody).not.toContain("Amina");
    expect(toJonas.htmlBody).not.toContain("Bashir");
  });

  it("sends nothing to a deactivated staff member with overdue follow-ups", async () => {
    const a = await participant(bergen, jonas.userId);
    const c = await participant(trondheim, henrik.userId);
    await logContact(
      jonas,
      contactInput({
        participantId: a,
        contactDate: addDays(today, -9),
        nextAction: "Ring",
        nextDueOn: addDays(today, -2),
      }),
    );
    await logContact(
      henrik,
      contactInput({
        participantId: c,
        contactDate: addDays(today, -9),
        nextAction: "Møte",
        nextDueOn: addDays(today, -1),
      }),
    );
    // Jonas keeps his membership and his open follow-ups; only his account is deactivated.
    expect((await deactivatePerson(bergenAdmin, jonas.membership.id)).result).toBe("deactivated");

    expect(await sendWeeklyDigests(new Date())).toBe(1);
    const mail = await h.db.select().from(emailOutbox);
    expect(mail.map((m) => m.toAddress)).toEqual(["henrik.byasveen@trondheim.kommune.example"]);
  });

  it("writes nothing when nothing is due", async () => {
    expect(await sendWeeklyDigests(new Date())).toBe(0);
    expect(await h.db.select().from(emailOutbox)).toHaveLength(0);
  });
});
