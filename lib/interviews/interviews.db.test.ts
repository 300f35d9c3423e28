import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { emailOutbox, events, fairCandidates, fairInterviews, fairStands, fairWishes, participants } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { setFairConsent } from "@/db/testing/fair";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { issueManageToken } from "@/lib/access-tokens/data";
import { candidateCalendar, viewerCalendar } from "./calendar";
import { addInterview, moveInterview, removeInterview, swapInterviews } from "./data/edits";
import { publishSchedule, runScheduler, staffSchedule } from "./data/schedule";
import { conflicts } from "./rules";
import { candidateSchedule, viewerSchedule } from "./data/views";

let h: DbHandle;
const MARIT = "marit@naeringsforum-bergen.example";
const INGVILD = "ingvild@naeringsforum-trondheim.example";
const TORSTEIN = "torstein@fjordkanten-bygg.example";
const JONAS = "jonas.kvamsdal@bergen.kommune.example";
const org = (key: string) => stableId(`org:${key}`);

const eventId = randomUUID();
const fjordkanten = randomUUID();
const other = randomUUID();
const publicIds = [randomUUID(), randomUUID(), randomUUID()];
const participantCandidate = randomUUID();
const waitlisted = randomUUID();
// The manage-link token each public candidate got with their registration email.
const tokens = new Map<string, string>();
const tokenOf = (id: string) => tokens.get(id)!;

beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
  const db = h.db;
  await db.insert(events).values({
    id: eventId,
    associationId: org("bergen-naering"),
    kind: "career_fair",
    title: "Testmesse intervjuer",
    startsAt: new Date("2030-03-05T08:00:00Z"),
    endsAt: new Date("2030-03-05T14:00:00Z"),
    venue: "Grieghallen",
    status: "published",
    interviewStartsAt: new Date("2030-03-05T09:00:00Z"),
    interviewMinutes: 15,
    interviewRounds: 3,
  });
  await db.insert(fairStands).values([
    {
      id: fjordkanten,
      eventId,
      employerId: org("bergen-employer-1"),
      tables: 1,
      standNumber: "4",
      registeredBy: stableId(`user:${TORSTEIN}`),
    },
    { id: other, eventId, employerId: org("bergen-employer-2"), tables: 2, standNumber: "7" },
  ]);
  const [participant] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(eq(participants.municipalityId, org("bergen-kommune")))
    .limit(1);
  // Staff register a participant only with the consent to share with exhibitors in force.
  await setFairConsent(db, participant.id, true);
  await db.insert(fairCandidates).values([
    ...publicIds.map((id, i) => ({
      id,
      eventId,
      name: `Offentlig ${i + 1}`,
      email: `offentlig${i + 1}@test.example`,
      educationLevel: "bachelor" as const,
      shareWithExhibitors: i === 0,
      locale: i === 1 ? "en" : "nb",
    })),
    {
      id: participantCandidate,
      eventId,
      name: "Deltaker Bergen",
      participantId: participant.id,
      educationLevel: "vocational" as const,
      shareWithExhibitors: true,
      registeredBy: stableId(`user:${JONAS}`),
    },
    {
      id: waitlisted,
      eventId,
      name: "Venteliste",
      email: "vente@test.example",
      educationLevel: "master" as const,
      status: "waitlisted" as const,
    },
  ]);
  for (const id of publicIds)
    tokens.set(id, await issueManageToken(db, id, { endsAt: new Date("2030-03-05T14:00:00Z") }));
  const wish = (candidateId: string, standId: string, by: "candidate" | "employer") => ({
    eventId,
    candidateId,
    standId,
    by,
  });
  await db
    .insert(fairWishes)
    .values([
      wish(publicIds[0], fjordkanten, "candidate"),
      wish(publicIds[0], fjordkanten, "employer"),
      wish(publicIds[0], other, "candidate"),
      wish(publicIds[1], fjordkanten, "candidate"),
      wish(publicIds[2], other, "candidate"),
      wish(participantCandidate, fjordkanten, "candidate"),
      wish(participantCandidate, other, "employer"),
      wish(waitlisted, fjordkanten, "candidate"),
    ]);
});
afterAll(async () => h.close());

const rowsOf = () => h.db.select().from(fairInterviews).where(eq(fairInterviews.eventId, eventId));
const publishedAt = async () =>
  (await h.db.select({ at: events.schedulePublishedAt }).from(events).where(eq(events.id, eventId)))[0].at;

describe("running the scheduler", () => {
  it("replaces the unpublished schedule with a conflict-free one for registered candidates only", async () => {
    const marit = await ctxFor(h.db, MARIT);
    await h.db
      .insert(fairInterviews)
      .values({ eventId, candidateId: waitlisted, standId: other, round: 0, tableNo: 0, manual: true });
    const result = await runScheduler(marit, eventId);
    const rows = await rowsOf();
    expect(rows).toHaveLength(result.interviews);
    expect(rows.some((r) => r.candidateId === waitlisted)).toBe(false);
    expect(conflicts(rows)).toEqual([]);
    // Six wanted pairs fit: Fjordkanten has 3 slots (3 wishes), the other stand 6 slots (3 wishes).
    expect(result).toMatchObject({ interviews: 6, objective: result.upperBound });
    const view = await staffSchedule(marit, eventId);
    expect(view.quality).toMatchObject({ percent: 100, wishing: 4, uncovered: [] });
    expect(await publishedAt()).toBeNull();
  });

  it("is the organizer's alone: another association and an employer get NotFoundError", async () => {
    await expect(staffSchedule(await ctxFor(h.db, INGVILD), eventId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(runScheduler(await ctxFor(h.db, INGVILD), eventId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(runScheduler(await ctxFor(h.db, TORSTEIN), eventId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishSchedule(await ctxFor(h.db, INGVILD), eventId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("manual changes and publishing", () => {
  it("hides the schedule from employers and candidates before publishing", async () => {
    expect((await viewerSchedule(await ctxFor(h.db, TORSTEIN), eventId)).published).toBe(false);
    expect((await candidateSchedule(tokenOf(publicIds[0])))?.published).toBe(false);
    await expect(candidateCalendar(tokenOf(publicIds[0]))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("checks ids and places of manual changes against the event", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const base = { eventId, candidateId: publicIds[2], standId: fjordkanten, round: 0, tableNo: 0 };
    await expect(addInterview(marit, { ...base, candidateId: waitlisted })).rejects.toMatchObject({
      key: "interviews.errors.unknownCandidate",
    });
    await expect(addInterview(marit, { ...base, standId: randomUUID() })).rejects.toMatchObject({
      key: "interviews.errors.unknownStand",
    });
    await expect(addInterview(marit, { ...base, round: 3 })).rejects.toMatchObject({
      key: "interviews.errors.roundRange",
      field: "round",
    });
    await expect(addInterview(marit, { ...base, tableNo: 1 })).rejects.toMatchObject({
      key: "interviews.errors.tableRange",
    });
    await expect(removeInterview(marit, eventId, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      moveInterview(marit, { eventId, interviewId: "not-an-id", round: 0, tableNo: 0 }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses to publish while there are conflicts, then publishes and emails everyone", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const rows = await rowsOf();
    const target = rows.find((r) => r.standId === fjordkanten)!;
    // Candidate 3 at Fjordkanten in a taken slot: the table is double-booked.
    const added = await addInterview(marit, {
      eventId,
      candidateId: publicIds[2],
      standId: fjordkanten,
      round: target.round,
      tableNo: 0,
    });
    const view = await staffSchedule(marit, eventId);
    expect(view.conflicts.map((c) => c.kind)).toContain("tableTwice");
    await expect(publishSchedule(marit, eventId)).rejects.toMatchObject({ key: "interviews.errors.conflicts" });
    expect(await publishedAt()).toBeNull();

    // Two interviews at one stand swap rounds and tables; swapping again restores them.
    const second = rows.find((r) => r.standId === fjordkanten && r.id !== target.id)!;
    await swapInterviews(marit, { eventId, first: target.id, second: second.id });
    expect((await rowsOf()).find((r) => r.id === target.id)).toMatchObject({
      round: second.round,
      tableNo: second.tableNo,
      manual: true,
    });
    await swapInterviews(marit, { eventId, first: target.id, second: second.id });
    await expect(swapInterviews(marit, { eventId, first: target.id, second: target.id })).rejects.toBeInstanceOf(
      UserError,
    );
    await removeInterview(marit, eventId, added);
    expect(conflicts(await rowsOf())).toEqual([]);

    const before = await h.db.select({ id: emailOutbox.id }).from(emailOutbox);
    const sent = await publishSchedule(marit, eventId, new Date("2030-02-01T10:00:00Z"));
    expect(await publishedAt()).toEqual(new Date("2030-02-01T10:00:00Z"));
    const mails = (await h.db.select().from(emailOutbox)).filter((m) => !before.some((b) => b.id === m.id));
    // Three public candidates have interviews; the participant has no email; Torstein registered one stand.
    expect(sent).toEqual({ candidates: 3, employers: 1 });
    expect(mails.map((m) => m.toAddress).sort()).toEqual([
      "offentlig1@test.example",
      "offentlig2@test.example",
      "offentlig3@test.example",
      TORSTEIN,
    ]);
    const first = mails.find((m) => m.toAddress === "offentlig1@test.example")!;
    // The schedule email carries a new link; the one from the registration email still works.
    const link = first.textBody.match(/\/fairs\/registration\/([A-Za-z0-9_-]{43})\/schedule/)![1];
    expect(link).not.toBe(tokenOf(publicIds[0]));
    expect((await candidateSchedule(link))?.candidateName).toBe("Offentlig 1");
    expect((await candidateSchedule(tokenOf(publicIds[0])))?.candidateName).toBe("Offentlig 1");
    expect(mails.find((m) => m.toAddress === "offentlig2@test.example")!.subject).toMatch(/^Your interviews/);
    expect(mails.find((m) => m.toAddress === TORSTEIN)!.textBody).toContain(`/events/${eventId}/schedule`);
  });
});

describe("published schedules", () => {
  it("shows an employer only its own stand's interviews, with profiles only when shared", async () => {
    const view = await viewerSchedule(await ctxFor(h.db, TORSTEIN), eventId);
    if (!view.published) throw new Error("expected published");
    expect(view.kind).toBe("employer");
    expect(view.lines.length).toBe(3);
    expect(new Set(view.lines.map((l) => l.employerName))).toEqual(new Set(["Fjordkanten Bygg AS"]));
    expect(view.lines.find((l) => l.candidateName === "Offentlig 1")?.profile).not.toBeNull();
    expect(view.lines.find((l) => l.candidateName === "Offentlig 2")?.profile).toBeNull();
    const ics = await viewerCalendar(await ctxFor(h.db, TORSTEIN), eventId, "nb");
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.body).toContain("LOCATION:Grieghallen\\, stand 4");
  });

  it("shows municipality staff only their own participants, without profiles", async () => {
    const view = await viewerSchedule(await ctxFor(h.db, JONAS), eventId);
    if (!view.published) throw new Error("expected published");
    expect(view.kind).toBe("municipality");
    expect(new Set(view.lines.map((l) => l.candidateName))).toEqual(new Set(["Deltaker Bergen"]));
    expect(view.lines.every((l) => l.profile === null)).toBe(true);
  });

  it("finds a candidate's schedule by the token in their link, and nothing for other tokens", async () => {
    const mine = await candidateSchedule(tokenOf(publicIds[0]));
    expect(mine).toMatchObject({ candidateName: "Offentlig 1", published: true });
    expect(mine!.lines).toHaveLength(2);
    expect(mine!.lines[0].start.getTime()).toBeGreaterThanOrEqual(new Date("2030-03-05T09:00:00Z").getTime());
    expect(await candidateSchedule("x".repeat(43))).toBeNull();
    expect(await candidateSchedule("not a token")).toBeNull();
    const ics = await candidateCalendar(tokenOf(publicIds[1]));
    expect(ics.body).toContain("SUMMARY:Interview: Fjordkanten Bygg AS");
    expect(ics.fileName).toMatch(/\.ics$/);
  });

  it("un-publishes on any later change, so what others see is always conflict-free", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const [row] = await h.db
      .select()
      .from(fairInterviews)
      .where(and(eq(fairInterviews.eventId, eventId), inArray(fairInterviews.candidateId, [publicIds[2]])));
    await moveInterview(marit, { eventId, interviewId: row.id, round: row.round, tableNo: row.tableNo });
    expect(await publishedAt()).toBeNull();
    expect((await viewerSchedule(await ctxFor(h.db, TORSTEIN), eventId)).published).toBe(false);
  });
});
