// The counting rules behind the five figures, which the database applies (lib/fidelity/data.ts):
// each case on a municipality of its own with two job specialists and nothing else recorded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { contacts, followUps, memberships, organizations, participants, users, workPeriods } from "@/db/schema";
import { demoOrgNumber, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { fidelityPanel } from "./data";
import { addDays } from "./rules";

let h: DbHandle;
const now = new Date("2026-11-28T12:00:00Z");
const today = "2026-11-28";
const ago = (days: number) => addDays(today, -days);
const MUNICIPALITY = stableId("org:fidelity-counts");
const ELSEWHERE = stableId("org:fidelity-counts-elsewhere");
const LEYLA = "leyla@fidelity.example";
const FARAH = "farah@fidelity.example";
const ADMIN = "admin@fidelity.example";
const uid = (email: string) => stableId(`user:${email}`);

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await resetDb(h);
  await h.db.insert(organizations).values([
    {
      id: MUNICIPALITY,
      kind: "municipality",
      name: "Telleby kommune",
      orgNumber: demoOrgNumber(4_242),
      city: "Telleby",
    },
    { id: ELSEWHERE, kind: "municipality", name: "Annenby kommune", orgNumber: demoOrgNumber(4_243), city: "Annenby" },
  ]);
  const people = [
    [LEYLA, "job_specialist"],
    [FARAH, "job_specialist"],
    [ADMIN, "municipality_admin"],
  ] as const;
  await h.db.insert(users).values(people.map(([email]) => ({ id: uid(email), email, name: email.split("@")[0] })));
  await h.db
    .insert(memberships)
    .values(people.map(([email, role]) => ({ userId: uid(email), organizationId: MUNICIPALITY, role })));
});

let serial = 0;
async function person(over: Partial<typeof participants.$inferInsert> = {}): Promise<string> {
  const id = stableId(`fidelity-counts:${serial++}`);
  await h.db.insert(participants).values({
    id,
    municipalityId: MUNICIPALITY,
    firstName: "Test",
    lastName: `Person ${serial}`,
    birthYear: 1990,
    programmeStart: ago(400),
    programmeEnd: addDays(today, 300),
    enrolledAt: ago(400),
    assignedTo: uid(LEYLA),
    ...over,
  });
  return id;
}
const visit = (daysAgo: number, over: Partial<typeof contacts.$inferInsert> = {}) => ({
  municipalityId: MUNICIPALITY,
  staffId: uid(LEYLA),
  kind: "employer" as const,
  channel: "in_person" as const,
  purpose: "job_development" as const,
  faceToFace: true,
  contactDate: ago(daysAgo),
  ...over,
});
const step = (
  dueDaysAgo: number,
  doneDaysAfterDue: number | null,
  over: Partial<typeof followUps.$inferInsert> = {},
) => ({
  municipalityId: MUNICIPALITY,
  staffId: uid(LEYLA),
  source: "cadence" as const,
  title: "Oppfølging",
  dueOn: ago(dueDaysAgo),
  doneAt: doneDaysAfterDue === null ? null : new Date(`${addDays(ago(dueDaysAgo), doneDaysAfterDue)}T10:00:00Z`),
  ...over,
});
async function figures(email = LEYLA) {
  const panel = await fidelityPanel(await ctxFor(h.db, ADMIN), now);
  return { ...panel, mine: panel.specialists.find((s) => s.staffId === uid(email))!.figures };
}

describe("the counts behind the fidelity figures", () => {
  it("counts enrolled and on-leave participants only, and not anonymized ones", async () => {
    for (let i = 0; i < 3; i++) await person();
    await person({ status: "on_leave" });
    await person({ status: "completed" });
    await person({ status: "ended_early" });
    await person({ assignedTo: uid(FARAH) });
    await person({ anonymizedAt: new Date("2026-11-01T00:00:00Z") });
    const { mine, team } = await figures();
    expect(mine.caseload).toMatchObject({ value: 4, active: 4 });
    expect(team!.caseload).toMatchObject({ value: 2.5, active: 5 });
  });

  it("counts face-to-face employer contacts and workplace visits of the last 4 weeks, by the one who made them", async () => {
    await h.db
      .insert(contacts)
      .values([
        visit(0),
        visit(1, { kind: "workplace_visit" }),
        visit(27),
        visit(2, { faceToFace: false }),
        visit(3, { kind: "participant" }),
        visit(4, { staffId: uid(FARAH) }),
        visit(28),
        visit(-1),
      ]);
    const { mine, team } = await figures();
    expect(mine.employerContacts).toMatchObject({ count: 3, value: 0.75 });
    expect(team!.employerContacts).toMatchObject({ count: 4, value: 0.5 });
  });

  it("a first contact exactly on day 30 is within the threshold; day 31 is not", async () => {
    const a = await person({ enrolledAt: "2026-10-01" });
    await h.db.insert(contacts).values(visit(0, { participantId: a, contactDate: "2026-10-31", staffId: uid(FARAH) }));
    expect((await figures()).mine.daysToFirstContact).toMatchObject({ value: 30, within: 1, meets: true });
    await h.db.delete(contacts);
    await h.db.insert(contacts).values(visit(0, { participantId: a, contactDate: "2026-11-01" }));
    expect((await figures()).mine.daysToFirstContact).toMatchObject({ value: 31, within: 0, meets: false });
  });

  it("takes the median over the caseload taken on in the last 12 months, from the first contact after enrolment", async () => {
    const quick = await person({ enrolledAt: ago(100) });
    const slow = await person({ enrolledAt: ago(200) });
    const middle = await person({ enrolledAt: ago(50) });
    const waiting = await person({ enrolledAt: ago(40) }); // no contact, 40 days: counts as 40
    await person({ enrolledAt: ago(10) }); // no contact, 10 days: too early to tell
    const longAgo = await person({ enrolledAt: ago(400) });
    await h.db.insert(contacts).values([
      visit(95, { participantId: quick }), // day 5
      visit(90, { participantId: quick }),
      visit(250, { participantId: slow }), // before enrolment: an earlier round, so slow has none
      visit(130, { participantId: slow }),
      visit(40, { participantId: middle, kind: "workplace_visit" }), // day 10
      visit(45, { participantId: middle, faceToFace: false }),
      visit(390, { participantId: longAgo }),
      visit(1, { participantId: waiting, municipalityId: ELSEWHERE }),
    ]);
    // Days: quick 5, middle 10, waiting 40, slow 200 (its earliest contact precedes the enrolment).
    expect((await figures()).mine.daysToFirstContact).toMatchObject({
      value: 25,
      measured: 4,
      within: 2,
      pending: 1,
      shareWithin: 0.5,
    });
  });

  it("has no figure while every new participant is still inside the 30 days", async () => {
    await person({ enrolledAt: ago(5) });
    await person({ enrolledAt: ago(30) });
    expect((await figures()).mine.daysToFirstContact).toMatchObject({ value: null, meets: null, pending: 2 });
  });

  it("counts active participants with a job now; internships, ended and future jobs do not count", async () => {
    const ids: Record<string, string> = {};
    for (const name of ["job1", "job2", "intern", "ended", "future"]) ids[name] = await person();
    ids.done = await person({ status: "completed" });
    const period = (id: string, kind: "job" | "internship", startsOn: string, endsOn: string | null) => ({
      participantId: id,
      kind,
      employerName: "Arbeidsgiver AS",
      startsOn,
      endsOn,
    });
    await h.db
      .insert(workPeriods)
      .values([
        period(ids.job1, "job", ago(30), null),
        period(ids.job2, "job", ago(200), today),
        period(ids.job2, "job", ago(20), null),
        period(ids.intern, "internship", ago(10), addDays(today, 30)),
        period(ids.ended, "job", ago(100), ago(1)),
        period(ids.future, "job", addDays(today, 7), null),
        period(ids.done, "job", ago(100), null),
      ]);
    expect((await figures()).mine.competitiveWork).toMatchObject({ value: 0.4, inWork: 2, active: 5, meets: true });
  });

  it("counts cadence steps due in the last 8 weeks, done by the due date plus 3 days in Oslo", async () => {
    await h.db.insert(followUps).values([
      step(10, 3), // on time: the last day of grace
      step(20, 5), // late
      step(30, null), // missed
      step(2, null), // grace still running: not counted
      step(3, null), // grace ran out today: not late yet
      step(4, null), // missed
      step(70, null), // older than 8 weeks
      step(5, 0, { source: "next_action" }),
      step(5, 0, { staffId: uid(FARAH) }),
      // Done 23:30 UTC on the last day of grace is already the next day in Oslo.
      { ...step(12, null), doneAt: new Date(`${addDays(ago(12), 3)}T23:30:00Z`) },
      step(0, -1), // done early, due today
    ]);
    const { mine, team } = await figures();
    expect(mine.followAlong).toMatchObject({ onTime: 2, due: 6 });
    expect(team!.followAlong).toMatchObject({ onTime: 3, due: 7 });
  });
});
