// The reports over hand-made rows in 2012, a year the demo data never reaches, so the seed
// cannot change the figures checked here; Trondheim rows in the same year must never count for Bergen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db";
import {
  contacts,
  fairLeads,
  participantOutcomes,
  participants,
  placementEvents,
  placements,
  workPeriods,
} from "@/db/schema";
import type { Outcome } from "@/db/schema/participants";
import type { PlacementOutcome, PlacementStage } from "@/db/schema/pipeline";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError } from "@/lib/auth/errors";
import { addCandidate, addStand, makeFair } from "@/db/testing/fair";
import { insertSlot } from "@/db/testing/placements";
import { cohortReport, employerReport, funnelReport, industryReport, internshipReport } from "./data";

const YEAR = 2012;
const NOW = new Date("2026-06-01T10:00:00Z");
const EMAILS = {
  ragnhild: "ragnhild.fossdal@bergen.kommune.example",
  sunniva: "sunniva.lerkendal@trondheim.kommune.example",
  jonas: "jonas.kvamsdal@bergen.kommune.example",
  eirik: "eirik.nesttun@nav.example",
};

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
  await buildYear(h.db);
}, 120_000);
afterAll(async () => h.close());

let n = 0;
async function person(
  db: Db,
  city: "bergen" | "trondheim",
  opts: { status?: "enrolled" | "completed"; atEnd?: Outcome; oneYear?: Outcome } = {},
): Promise<string> {
  const [row] = await db
    .insert(participants)
    .values({
      municipalityId: stableId(`org:${city}-kommune`),
      firstName: "Test",
      lastName: `Rapport ${++n}`,
      birthYear: 1985,
      programmeStart: `${YEAR}-01-01`,
      programmeEnd: `${YEAR + 2}-01-01`,
      enrolledAt: `${YEAR}-01-01`,
      status: opts.status ?? "enrolled",
    })
    .returning({ id: participants.id });
  if (opts.atEnd)
    await db
      .insert(participantOutcomes)
      .values({ participantId: row.id, timepoint: "programme_end", outcome: opts.atEnd });
  if (opts.oneYear)
    await db
      .insert(participantOutcomes)
      .values({ participantId: row.id, timepoint: "one_year", outcome: opts.oneYear });
  return row.id;
}

/** A placement that walked the given steps on the given days of YEAR. */
async function placement(
  db: Db,
  participantId: string,
  employer: string,
  steps: [PlacementStage, string][],
  outcome: PlacementOutcome | null = null,
): Promise<string> {
  const city = employer.split("-")[0];
  const slotId = await insertSlot(db, { employer, kind: "internship" });
  const [row] = await db
    .insert(placements)
    .values({
      slotId,
      participantId,
      municipalityId: stableId(`org:${city}-kommune`),
      employerId: stableId(`org:${employer}`),
      stage: steps[steps.length - 1][0],
      outcome,
      createdAt: new Date(`${YEAR}-${steps[0][1]}T09:00:00Z`),
    })
    .returning({ id: placements.id });
  await db
    .insert(placementEvents)
    .values(
      steps.map(([toStage, day]) => ({ placementId: row.id, toStage, at: new Date(`${YEAR}-${day}T09:00:00Z`) })),
    );
  return row.id;
}

async function buildYear(db: Db) {
  // Bergen: A came through a fair and was hired; B had an internship recorded directly; C was proposed elsewhere.
  const a = await person(db, "bergen", { status: "completed", atEnd: "work", oneYear: "both" });
  const b = await person(db, "bergen", { status: "completed", atEnd: "neither" });
  const c = await person(db, "bergen");
  const fair = await makeFair(db, { startsAt: new Date(`${YEAR}-02-10T09:00:00Z`), status: "completed" });
  const stand = await addStand(db, fair, "bergen-employer-1");
  const candidateA = await addCandidate(db, fair, { participantId: a });
  await addCandidate(db, fair, { participantId: b });
  await addCandidate(db, fair, { email: "publikum@example.com" });
  const placedA = await placement(
    db,
    a,
    "bergen-employer-1",
    [
      ["proposed", "03-01"],
      ["agreement", "04-01"],
      ["active", "05-01"],
      ["completed", "10-01"],
    ],
    "hired",
  );
  await db
    .insert(fairLeads)
    .values({ eventId: fair, candidateId: candidateA, standId: stand, kind: "internship", placementId: placedA });
  await placement(db, c, "bergen-employer-2", [
    ["proposed", "06-01"],
    ["declined_by_employer", "06-10"],
  ]);
  await db
    .insert(workPeriods)
    .values({ participantId: b, kind: "internship", employerName: "Et sted", startsOn: `${YEAR}-03-01` });
  await db.insert(contacts).values([
    {
      municipalityId: stableId("org:bergen-kommune"),
      employerId: stableId("org:bergen-employer-2"),
      kind: "employer",
      channel: "in_person",
      purpose: "job_development",
      faceToFace: true,
      contactDate: `${YEAR - 1}-05-05`,
    },
    {
      municipalityId: stableId("org:bergen-kommune"),
      employerId: stableId("org:bergen-employer-3"),
      kind: "workplace_visit",
      channel: "in_person",
      purpose: "job_development",
      faceToFace: true,
      contactDate: `${YEAR - 1}-09-09`,
    },
  ]);

  // Trondheim in the same year, even at Bergen's fair: none of it may reach Bergen's figures.
  const t1 = await person(db, "trondheim", { status: "completed", atEnd: "work" });
  await person(db, "trondheim", { status: "completed", atEnd: "education" });
  await addCandidate(db, fair, { participantId: t1 });
  await placement(
    db,
    t1,
    "trondheim-employer-1",
    [
      ["proposed", "03-01"],
      ["agreement", "04-01"],
      ["active", "05-01"],
      ["completed", "10-01"],
    ],
    "hired",
  );
  await db
    .insert(workPeriods)
    .values({ participantId: t1, kind: "internship", employerName: "Et sted", startsOn: `${YEAR}-01-05` });
  await db.insert(contacts).values({
    municipalityId: stableId("org:trondheim-kommune"),
    employerId: stableId("org:trondheim-employer-2"),
    kind: "employer",
    channel: "phone",
    purpose: "job_development",
    faceToFace: false,
    contactDate: `${YEAR}-02-02`,
  });
}

describe("the municipality's reports", () => {
  it("gives outcomes by cohort for the own municipality only", async () => {
    const bergen = await cohortReport(await ctxFor(h.db, EMAILS.ragnhild));
    const c2012 = bergen.cohorts.find((c) => c.year === YEAR)!;
    expect(c2012).toMatchObject({ participants: 3, completed: 2 });
    expect(c2012.atEnd.counts).toEqual({ work: 1, education: 0, both: 0, neither: 1, notRecorded: 1 });
    expect(c2012.atEnd.share).toBe(0.5);
    expect(c2012.oneYear.counts.both).toBe(1);
    const trondheim = await cohortReport(await ctxFor(h.db, EMAILS.sunniva));
    expect(trondheim.cohorts.find((c) => c.year === YEAR)).toMatchObject({
      participants: 2,
      completed: 2,
      atEnd: { share: 1 },
    });
  });

  it("follows the funnel from fair to hire and traces steps back to the fair", async () => {
    const { steps } = await funnelReport(await ctxFor(h.db, EMAILS.ragnhild), YEAR);
    expect(steps.map((s) => [s.step, s.all, s.fromFair])).toEqual([
      ["fair", 2, 2],
      ["proposed", 2, 1],
      ["agreement", 1, 1],
      ["hired", 1, 1],
    ]);
    expect(steps[1].fairRate).toBe(0.5);
    expect(steps[2].allRate).toBe(0.5);
    const trondheim = await funnelReport(await ctxFor(h.db, EMAILS.sunniva), YEAR);
    expect(trondheim.steps.map((s) => s.all)).toEqual([1, 1, 1, 1]);
  });

  it("measures days from programme start to the first internship", async () => {
    const { cohorts } = await internshipReport(await ctxFor(h.db, EMAILS.ragnhild), NOW);
    // A: placement active on 1 May (121 days); B: internship recorded from 1 March (60 days); C: none.
    expect(cohorts.find((c) => c.year === YEAR)).toEqual({
      year: YEAR,
      participants: 3,
      withInternship: 2,
      withoutInternship: 1,
      days: { q1: 75.25, median: 90.5, q3: 105.75 },
    });
  });

  it("sums placements by the employer's industry", async () => {
    const report = await industryReport(await ctxFor(h.db, EMAILS.ragnhild), YEAR);
    expect(report.total).toMatchObject({ placements: 2, agreements: 1, hires: 1 });
    expect(report.industries.reduce((s, r) => s + r.placements, 0)).toBe(2);
    expect((await industryReport(await ctxFor(h.db, EMAILS.sunniva), YEAR)).total).toMatchObject({
      placements: 1,
      agreements: 1,
      hires: 1,
    });
  });

  it("compares employers engaged with the year before", async () => {
    const report = await employerReport(await ctxFor(h.db, EMAILS.ragnhild), YEAR);
    // Employer 1 is new; employer 2 returns from a contact the year before; employer 3 had only that visit.
    expect(report).toMatchObject({ thisYear: 2, lastYear: 2, newThisYear: 1, returning: 1 });
    expect((await employerReport(await ctxFor(h.db, EMAILS.sunniva), YEAR)).thisYear).toBe(2);
  });

  it("is for the municipality's admins only: a consultant or a partner gets a 404", async () => {
    for (const email of [EMAILS.jonas, EMAILS.eirik]) {
      const ctx = await ctxFor(h.db, email);
      await expect(cohortReport(ctx)).rejects.toBeInstanceOf(NotFoundError);
      await expect(funnelReport(ctx, YEAR)).rejects.toBeInstanceOf(NotFoundError);
      await expect(internshipReport(ctx, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(industryReport(ctx, YEAR)).rejects.toBeInstanceOf(NotFoundError);
      await expect(employerReport(ctx, YEAR)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("counts an internship begun before the programme as day 0, and someone without one as none", async () => {
    const start = (programmeStart: string) => ({
      municipalityId: stableId("org:trondheim-kommune"),
      firstName: "Test",
      lastName: `Rapport ${++n}`,
      birthYear: 1985,
      programmeStart,
      programmeEnd: "2017-03-01",
      enrolledAt: programmeStart,
    });
    const [early, later] = await h.db
      .insert(participants)
      .values([start("2015-03-01"), start("2015-03-01"), start("2015-06-01")])
      .returning({ id: participants.id });
    await h.db.insert(workPeriods).values([
      { participantId: early.id, kind: "internship", employerName: "Et sted", startsOn: "2015-02-01" },
      { participantId: later.id, kind: "internship", employerName: "Et sted", startsOn: "2015-03-11" },
    ]);
    const { cohorts } = await internshipReport(await ctxFor(h.db, EMAILS.sunniva), NOW);
    expect(cohorts.find((c) => c.year === 2015)).toEqual({
      year: 2015,
      participants: 3,
      withInternship: 2,
      withoutInternship: 1,
      days: { q1: 2.5, median: 5, q3: 7.5 },
    });
  });

  it("answers for the demo year without errors", async () => {
    const ctx = await ctxFor(h.db, EMAILS.ragnhild);
    const year = Number(new Date().toISOString().slice(0, 4));
    await expect(funnelReport(ctx, year)).resolves.toBeTruthy();
    await expect(employerReport(ctx, year)).resolves.toBeTruthy();
    expect((await cohortReport(ctx)).total?.participants).toBeGreaterThan(0);
  });
});
