import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  associationMembers,
  contacts,
  memberships,
  councilCommitments,
  councilMembers,
  councils,
  participantOutcomes,
  participants,
  placementEvents,
  placements,
  slots,
  workPeriods,
} from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { seed, stableId } from "@/db/seed";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { loadCouncil, type CouncilInScope } from "@/lib/council/data/council";
import { addDays, osloDay } from "@/lib/fidelity/rules";
import { addCommitment, listCommitments, listReports, reportFigure, setCommitmentStatus } from "./data/contributions";
import { createGoal, getGoal, goalDetail, goalsWithProgress, updateGoal } from "./data/goals";
import { addMonths, yearUpTo } from "./metrics";
import { goalFormSchema, type GoalInput } from "./schemas";

let h: DbHandle;
const org = (key: string) => stableId(`org:${key}`);
const user = (email: string) => stableId(`user:${email}`);
const MARIT = "marit@naeringsforum-bergen.example"; // secretariat
const EIRIK = "eirik.nesttun@nav.example"; // chair (NAV Bergen vest)
const RAGNHILD = "ragnhild.fossdal@bergen.kommune.example"; // member (Bergen kommune)
const SUNNIVA = "sunniva.lerkendal@trondheim.kommune.example"; // Trondheim's council
const INGVILD = "ingvild@naeringsforum-trondheim.example";
const LEYLA = user("leyla.brattebo@bergen.kommune.example");
const FARAH = user("farah.ilsvika@trondheim.kommune.example");
const now = new Date();
const today = osloDay(now);
const daysAgo = (n: number) => addDays(today, -n);
const at = (day: string) => new Date(`${day}T10:00:00Z`);

beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

// Hand-made pipeline data on the seeded organizations and people, so every figure is known.
beforeEach(async () => {
  await h.db.execute(
    sql`truncate table councils, fair_leads, placement_events, agreements, placements, slots, contacts, follow_ups, work_periods, participant_outcomes, participants, association_members cascade`,
  );
  const council = async (key: string, chair: string, secretariat: string, members: string[]) => {
    const id = stableId(`test-council:${key}`);
    await h.db.insert(councils).values({
      id,
      name: `Rådet ${key}`,
      city: key === "bergen" ? "Bergen" : "Trondheim",
      chairId: org(chair),
      secretariatId: org(secretariat),
    });
    await h.db.insert(councilMembers).values(members.map((m) => ({ councilId: id, organizationId: org(m) })));
  };
  await council("bergen", "nav-bergen", "bergen-naering", [
    "bergen-kommune",
    "bergen-naering",
    "nav-bergen",
    "vestland-fk",
  ]);
  await council("trondheim", "nav-trondheim", "trondheim-naering", [
    "trondheim-kommune",
    "trondheim-naering",
    "nav-trondheim",
  ]);
});

async function scopeOf(email: string): Promise<CouncilInScope> {
  const scope = await loadCouncil(await ctxFor(h.db, email));
  if (!scope) throw new Error(`no council for ${email}`);
  return scope;
}

const goalForm = (over: Record<string, string> = {}) => ({
  title: "Flere i arbeid",
  why: "",
  level: "macro",
  baseline: "55",
  target: "70",
  startsOn: addMonths(today, -24),
  deadline: addMonths(today, 12),
  unit: "",
  measure: "live",
  metric: "internship_slots_posted",
  months: "",
  ...over,
});
const input = (over: Record<string, string> = {}): GoalInput => goalFormSchema.parse(goalForm(over));

/** Creates a goal as the secretariat in each council and returns each council's figure. */
async function figures(over: Record<string, string>) {
  await createGoal(await ctxFor(h.db, MARIT), input(over));
  await createGoal(await ctxFor(h.db, INGVILD), input(over));
  const [bergen] = await goalsWithProgress(await scopeOf(MARIT), now);
  const [trondheim] = await goalsWithProgress(await scopeOf(INGVILD), now);
  return { bergen, trondheim };
}

let n = 0;
async function participant(city: "bergen" | "trondheim", over: Partial<typeof participants.$inferInsert> = {}) {
  const id = stableId(`test-participant:${n++}`);
  await h.db.insert(participants).values({
    id,
    municipalityId: org(`${city}-kommune`),
    firstName: "Test",
    lastName: `Person ${n}`,
    birthYear: 1990,
    programmeStart: daysAgo(400),
    programmeEnd: daysAgo(-300),
    enrolledAt: daysAgo(100),
    ...over,
  });
  return id;
}
async function slot(employer: string, created: string, over: Partial<typeof slots.$inferInsert> = {}) {
  const id = stableId(`test-slot:${n++}`);
  await h.db.insert(slots).values({
    id,
    employerId: org(employer),
    kind: "internship",
    title: "Praksis",
    description: "x",
    iscoCode: "9112",
    startsOn: today,
    hoursPerWeek: 30,
    status: "open",
    createdAt: at(created),
    ...over,
  });
  return id;
}
async function placement(
  city: "bergen" | "trondheim",
  employer: string,
  moves: [string, string][],
  over: Partial<typeof placements.$inferInsert> = {},
) {
  const slotId = await slot(employer, daysAgo(200));
  const participantId = await participant(city);
  const id = stableId(`test-placement:${n++}`);
  await h.db.insert(placements).values({
    id,
    slotId,
    participantId,
    municipalityId: org(`${city}-kommune`),
    employerId: org(employer),
    stage: "agreement",
    createdAt: at(daysAgo(150)),
    ...over,
  });
  for (const [stage, day] of moves)
    await h.db.insert(placementEvents).values({ placementId: id, toStage: stage as "agreement", at: at(day) });
  return id;
}

describe("live metrics are scoped to the council", () => {
  it("counts internship slots of the city's employers, drafts and other kinds left out, members only on request", async () => {
    for (const e of [1, 2, 3, 4, 5, 6]) await slot(`bergen-employer-${e}`, daysAgo(30));
    await slot("bergen-employer-1", daysAgo(30), { status: "draft" });
    await slot("bergen-employer-1", daysAgo(30), { kind: "job" });
    await slot("bergen-employer-1", daysAgo(400));
    for (const e of [1, 2]) await slot(`trondheim-employer-${e}`, daysAgo(10));
    await h.db
      .insert(associationMembers)
      .values([2, 3].map((e) => ({ associationId: org("bergen-naering"), employerId: org(`bergen-employer-${e}`) })));
    const all = await figures({});
    expect(all.bergen).toMatchObject({ current: 6, suppressed: false, unit: "count" });
    expect(all.trondheim.current).toBe(2);
    await h.db.execute(sql`delete from council_goals`);
    // Slots are not people: 2 is shown as it is.
    const members = await figures({ membersOnly: "on" });
    expect(members.bergen).toMatchObject({ current: 2, suppressed: false });
    expect(members.trondheim.current).toBe(0);
  });

  it("counts placements agreed, hires and employers' first placements; Trondheim's never count for Bergen", async () => {
    for (const e of [1, 2, 3, 4, 5]) {
      await placement(
        "bergen",
        `bergen-employer-${e}`,
        [
          ["agreement", daysAgo(60)],
          ["completed", daysAgo(20)],
        ],
        { stage: "completed", outcome: "hired" },
      );
    }
    await placement("bergen", "bergen-employer-6", [["agreement", daysAgo(500)]], { createdAt: at(daysAgo(520)) });
    for (const e of [1, 2, 3]) await placement("trondheim", `trondheim-employer-${e}`, [["agreement", daysAgo(60)]]);
    const agreed = await figures({ metric: "placements_agreed" });
    expect(agreed.bergen).toMatchObject({ current: 5, suppressed: false });
    // Three people: shown as "< 5".
    expect(agreed.trondheim).toMatchObject({ current: null, suppressed: true, progress: null });
    await h.db.execute(sql`delete from council_goals`);
    expect((await figures({ metric: "hires" })).bergen.current).toBe(5);
    await h.db.execute(sql`delete from council_goals`);
    const firsts = await figures({ metric: "employers_first_placement" });
    expect(firsts.bergen.current).toBe(5);
    expect(firsts.trondheim.current).toBe(3);
  });

  it("measures days to first employer contact and the 30-day share for the council's municipalities only", async () => {
    const days = [5, 10, 15, 20, 25, 35, 45, 55, 65, 75];
    for (const d of days) {
      const id = await participant("bergen", { enrolledAt: daysAgo(120), assignedTo: LEYLA });
      await h.db.insert(contacts).values({
        municipalityId: org("bergen-kommune"),
        participantId: id,
        staffId: LEYLA,
        kind: "employer",
        channel: "in_person",
        purpose: "job_development",
        faceToFace: true,
        contactDate: addDays(daysAgo(120), d),
      });
    }
    // No employer contact yet: left out of the median, late for the 30-day share.
    await participant("bergen", { enrolledAt: daysAgo(120), assignedTo: LEYLA });
    for (let i = 0; i < 5; i++) {
      const id = await participant("trondheim", { enrolledAt: daysAgo(120), assignedTo: FARAH });
      await h.db.insert(contacts).values({
        municipalityId: org("trondheim-kommune"),
        participantId: id,
        staffId: FARAH,
        kind: "employer",
        channel: "phone",
        purpose: "job_development",
        faceToFace: false,
        contactDate: daysAgo(119),
      });
    }
    const median = await figures({ metric: "median_days_to_employer_contact", baseline: "60", target: "30" });
    expect(median.bergen).toMatchObject({ current: 30, unit: "days", progress: 1 });
    expect(median.trondheim.current).toBe(1);
    await h.db.execute(sql`delete from council_goals`);
    const share = await figures({ metric: "first_contact_within_30_days_share", baseline: "40", target: "90" });
    expect(share.bergen.current).toBeCloseTo((5 / 11) * 100);
    expect(share.trondheim.current).toBe(100);
  });

  it("divides face-to-face employer contacts by job specialists and weeks", async () => {
    for (let i = 0; i < 52; i++) {
      await h.db.insert(contacts).values({
        municipalityId: org("bergen-kommune"),
        staffId: LEYLA,
        kind: i % 2 ? "employer" : "workplace_visit",
        channel: "in_person",
        purpose: "job_development",
        faceToFace: true,
        contactDate: daysAgo(i * 7),
      });
    }
    await h.db.insert(contacts).values({
      municipalityId: org("bergen-kommune"),
      staffId: LEYLA,
      kind: "employer",
      channel: "phone",
      purpose: "job_development",
      faceToFace: false,
      contactDate: daysAgo(3),
    });
    await h.db.insert(contacts).values({
      municipalityId: org("trondheim-kommune"),
      staffId: FARAH,
      kind: "employer",
      channel: "in_person",
      purpose: "job_development",
      faceToFace: true,
      contactDate: daysAgo(3),
    });
    const [{ specialists }] = await h.db
      .select({ specialists: count() })
      .from(memberships)
      .where(and(eq(memberships.organizationId, org("bergen-kommune")), eq(memberships.role, "job_specialist")));
    const w = yearUpTo(today);
    const weeks = (Date.parse(w.to) - Date.parse(w.from)) / 86_400_000 / 7;
    const { bergen } = await figures({
      metric: "face_to_face_contacts_per_specialist_week",
      baseline: "1",
      target: "6",
    });
    expect(bergen.current).toBeCloseTo(52 / specialists / weeks);
  });

  it("measures work or education at the mark after programme start, from jobs and outcomes", async () => {
    const start = addMonths(daysAgo(60), -36);
    for (let i = 0; i < 5; i++) {
      const id = await participant("bergen", { programmeStart: start, programmeEnd: addMonths(start, 24) });
      await h.db.insert(workPeriods).values({
        participantId: id,
        kind: "job",
        employerName: "Fjordkanten",
        startsOn: addDays(start, 900),
        endsOn: null,
      });
    }
    for (let i = 0; i < 5; i++) {
      const id = await participant("bergen", { programmeStart: start, programmeEnd: addMonths(start, 24) });
      await h.db
        .insert(participantOutcomes)
        .values({ participantId: id, timepoint: "programme_end", outcome: i < 2 ? "education" : "neither" });
    }
    await participant("bergen", { programmeStart: addMonths(start, -18) }); // its mark is outside the year
    for (let i = 0; i < 5; i++) await participant("trondheim", { programmeStart: start });
    const share = await figures({ metric: "work_or_education_share", months: "36" });
    expect(share.bergen.current).toBe(70);
    expect(share.bergen.progress).toBe(1);
    expect(share.trondheim.current).toBe(0);
  });

  it("runs the fair-lead query (no leads: zero) and draws the chart per quarter", async () => {
    const { bergen } = await figures({ metric: "fair_leads_to_placements" });
    expect(bergen.current).toBe(0);
    const detail = await goalDetail(await scopeOf(MARIT), bergen.id, now);
    expect(detail.points.length).toBeGreaterThanOrEqual(8);
    expect(detail.points.at(-1)).toEqual({ day: today, value: 0, suppressed: false });
  });
});

describe("goals, figures and commitments: who may do what", () => {
  it("lets only chair and secretariat create and edit goals, with a version check", async () => {
    await expect(createGoal(await ctxFor(h.db, RAGNHILD), input())).rejects.toBeInstanceOf(NotFoundError);
    const id = await createGoal(await ctxFor(h.db, EIRIK), input({ title: "NAVs mål" }));
    const marit = await ctxFor(h.db, MARIT);
    await updateGoal(marit, id, 1, input({ title: "Endret" }));
    await expect(updateGoal(marit, id, 1, input({ title: "For sent" }))).rejects.toBeInstanceOf(UserError);
    expect((await getGoal(await scopeOf(MARIT), id)).title).toBe("Endret");
    await expect(updateGoal(await ctxFor(h.db, RAGNHILD), id, 2, input())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never shows or changes another council's goal", async () => {
    const id = await createGoal(await ctxFor(h.db, INGVILD), input());
    await expect(getGoal(await scopeOf(MARIT), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(goalDetail(await scopeOf(EIRIK), id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGoal(await scopeOf(MARIT), "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateGoal(await ctxFor(h.db, MARIT), id, 1, input())).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      reportFigure(await ctxFor(h.db, RAGNHILD), { goalId: id, value: 1, reportedFor: today, note: null }, now),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      addCommitment(await ctxFor(h.db, EIRIK), { goalId: id, kind: "hours", amount: 1, description: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps the history of reported figures; the latest for the day counts", async () => {
    const id = await createGoal(
      await ctxFor(h.db, MARIT),
      input({ measure: "manual", metric: "", unit: "percent", baseline: "60", target: "90" }),
    );
    const ragnhild = await ctxFor(h.db, RAGNHILD);
    await reportFigure(ragnhild, { goalId: id, value: 66, reportedFor: daysAgo(100), note: "Q1" }, now);
    await reportFigure(ragnhild, { goalId: id, value: 75, reportedFor: daysAgo(10), note: null }, now);
    await reportFigure(ragnhild, { goalId: id, value: 72, reportedFor: daysAgo(200), note: "sent" }, now);
    await expect(
      reportFigure(ragnhild, { goalId: id, value: 80, reportedFor: daysAgo(-1), note: null }, now),
    ).rejects.toMatchObject({ key: "goals.errors.futureDate" });
    const scope = await scopeOf(EIRIK);
    const history = await listReports(scope, id);
    expect(history.map((r) => r.value)).toEqual([75, 66, 72]);
    expect(history[0]).toMatchObject({
      organizationName: expect.stringContaining("Bergen kommune"),
      reporterName: "Ragnhild Fossdal",
    });
    const [goal] = await goalsWithProgress(scope, now);
    expect(goal).toMatchObject({ current: 75, progress: 0.5, suppressed: false });
    const live = await createGoal(await ctxFor(h.db, MARIT), input());
    await expect(
      reportFigure(ragnhild, { goalId: live, value: 1, reportedFor: today, note: null }, now),
    ).rejects.toMatchObject({ key: "goals.errors.notManual" });
  });

  it("lets a member change only its own commitments, the secretariat any, with a version check", async () => {
    const goalId = await createGoal(await ctxFor(h.db, MARIT), input());
    const eirik = await ctxFor(h.db, EIRIK);
    const ragnhild = await ctxFor(h.db, RAGNHILD);
    await addCommitment(eirik, { goalId, kind: "hours", amount: 40, description: "Veiledere på messen" });
    const [nav] = await listCommitments(eirik, await scopeOf(EIRIK), goalId);
    expect(nav).toMatchObject({ organizationId: org("nav-bergen"), status: "planned", version: 1, mine: true });
    expect((await listCommitments(ragnhild, await scopeOf(RAGNHILD), goalId))[0].mine).toBe(false);

    await expect(
      setCommitmentStatus(ragnhild, { id: nav.id, version: 1, status: "dropped", deliveredOn: null }, now),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      setCommitmentStatus(
        await ctxFor(h.db, SUNNIVA),
        { id: nav.id, version: 1, status: "dropped", deliveredOn: null },
        now,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      setCommitmentStatus(eirik, { id: nav.id, version: 1, status: "delivered", deliveredOn: daysAgo(-2) }, now),
    ).rejects.toMatchObject({ field: "deliveredOn" });
    expect(
      await setCommitmentStatus(eirik, { id: nav.id, version: 1, status: "delivered", deliveredOn: daysAgo(3) }, now),
    ).toBe(goalId);
    await expect(
      setCommitmentStatus(eirik, { id: nav.id, version: 1, status: "in_progress", deliveredOn: null }, now),
    ).rejects.toMatchObject({ key: "commitments.errors.stale" });
    const [row] = await h.db.select().from(councilCommitments);
    expect(row).toMatchObject({ status: "delivered", version: 2, updatedBy: eirik.userId });
    expect(osloDay(row.deliveredAt as Date)).toBe(daysAgo(3));
    await setCommitmentStatus(
      await ctxFor(h.db, MARIT),
      { id: nav.id, version: 2, status: "in_progress", deliveredOn: null },
      now,
    );
    const [after] = await h.db.select().from(councilCommitments);
    expect(after).toMatchObject({ status: "in_progress", deliveredAt: null, version: 3 });
  });
});
