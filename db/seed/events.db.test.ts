import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  accessTokens,
  agreements,
  associationMembers,
  consents,
  eventCohosts,
  events,
  fairCandidates,
  fairInterviews,
  fairLeads,
  fairStandSlots,
  fairStands,
  fairWishes,
  followUps,
  invitationCampaigns,
  invitationRecipients,
  participants,
  placementEvents,
  placements,
  workPeriods,
} from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { decodeLeadTitle } from "@/lib/leads/rules";
import { isUnitGroup } from "@/lib/occupations/rules";
import { EVENT_IDS, NO_LEAD_CANDIDATE_NAME, publicPerson } from "./events-data";
import { stableId } from "./ids";
import { seed } from "./index";

let h: DbHandle;
const previous = process.env.SEED_DATE;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());

const DAY = 86_400_000;
const anchor = Date.parse("2026-11-28T00:00:00Z");
const org = (key: string) => stableId(`org:${key}`);
const JONAS = stableId("user:jonas.kvamsdal@bergen.kommune.example");
const oslo = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);

const candidatesOf = (eventId: string) =>
  h.db.select().from(fairCandidates).where(eq(fairCandidates.eventId, eventId)).orderBy(asc(fairCandidates.id));
const standsOf = (eventId: string) =>
  h.db.select().from(fairStands).where(eq(fairStands.eventId, eventId)).orderBy(asc(fairStands.id));

async function snapshot() {
  const tables = {
    events,
    fairStands,
    fairCandidates,
    fairWishes,
    fairInterviews,
    fairLeads,
    invitationCampaigns,
    invitationRecipients,
    placements,
    placementEvents,
    agreements,
    followUps,
  };
  const out: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(tables))
    out[name] = await h.db.select().from(table).orderBy(asc(table.id));
  out.cohosts = await h.db
    .select()
    .from(eventCohosts)
    .orderBy(asc(eventCohosts.eventId), asc(eventCohosts.organizationId));
  out.standSlots = await h.db
    .select()
    .from(fairStandSlots)
    .orderBy(asc(fairStandSlots.standId), asc(fairStandSlots.slotId));
  // Member rows come from seedEmployers with the insert time; only their contacts are this seed's.
  out.members = await h.db
    .select({ id: associationMembers.id, name: associationMembers.contactName, email: associationMembers.contactEmail })
    .from(associationMembers)
    .orderBy(asc(associationMembers.id));
  return out;
}

describe("demo events", () => {
  beforeEach(async () => {
    process.env.SEED_DATE = "2026-11-28";
    await resetDb(h);
    await seed(h.db);
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.SEED_DATE;
    else process.env.SEED_DATE = previous;
  });

  it("are the same rows when seeded twice, and again from scratch", async () => {
    const first = await snapshot();
    expect(first.fairCandidates.length).toBeGreaterThan(150);
    await seed(h.db);
    expect(await snapshot()).toEqual(first);
    await resetDb(h);
    await seed(h.db);
    expect(await snapshot()).toEqual(first);
  });

  it("has the four events of the contract, dated around the seed day in Oslo time", async () => {
    const rows = await h.db.select().from(events);
    const by = (id: string) => rows.find((e) => e.id === id)!;
    const cohosts = async (id: string) =>
      (await h.db.select().from(eventCohosts).where(eq(eventCohosts.eventId, id))).map((c) => c.organizationId).sort();
    const past = by(EVENT_IDS.bergenPast);
    expect([past.kind, past.status, past.title, past.associationId]).toEqual([
      "career_fair",
      "completed",
      "Internasjonalt karrieretorg",
      org("bergen-naering"),
    ]);
    expect((anchor - past.startsAt.getTime()) / DAY).toBeGreaterThan(225);
    expect((anchor - past.startsAt.getTime()) / DAY).toBeLessThan(255);
    expect(oslo(past.startsAt)).toBe("10:00");
    expect(past.schedulePublishedAt).not.toBeNull();
    const up = by(EVENT_IDS.bergenUpcoming);
    expect([
      up.kind,
      up.status,
      up.minEducation,
      up.capacity,
      up.interviewMinutes,
      up.interviewRounds,
      up.schedulePublishedAt,
    ]).toEqual(["career_fair", "published", "vocational", 150, 15, 12, null]);
    expect(oslo(up.interviewStartsAt!)).toBe("10:00");
    expect((up.startsAt.getTime() - anchor) / DAY).toBeGreaterThan(32);
    // About five weeks ahead, moved past Christmas or the summer holiday when it would fall there.
    expect((up.startsAt.getTime() - anchor) / DAY).toBeLessThan(41 + 7 * 7);
    expect(up.registrationOpensAt!.getTime()).toBeLessThan(anchor);
    expect(Math.round((up.startsAt.getTime() - up.registrationClosesAt!.getTime()) / DAY)).toBe(6); // the evening a week before
    for (const id of [EVENT_IDS.bergenPast, EVENT_IDS.bergenUpcoming])
      expect(await cohosts(id)).toEqual([org("bergen-kommune"), org("nav-bergen")].sort());
    const breakfast = by(EVENT_IDS.trondheimBreakfast);
    expect([breakfast.kind, breakfast.status, breakfast.associationId]).toEqual([
      "breakfast_meeting",
      "published",
      org("trondheim-naering"),
    ]);
    expect(await cohosts(EVENT_IDS.trondheimBreakfast)).toEqual(
      [org("trondheim-kommune"), org("nav-trondheim")].sort(),
    );
    expect((await candidatesOf(EVENT_IDS.trondheimBreakfast)).length).toBeGreaterThan(0);
    const draft = by(EVENT_IDS.bergenDraft);
    expect([draft.kind, draft.status]).toEqual(["info_meeting", "draft"]);
    expect(await cohosts(EVENT_IDS.bergenDraft)).toEqual([]);
  });

  it("gives the past fair 15 stands, ~100 public candidates and ~20 consented participants", async () => {
    const stands = await standsOf(EVENT_IDS.bergenPast);
    expect(stands).toHaveLength(15);
    expect(stands.every((s) => s.tables >= 1 && s.tables <= 3 && s.occupations.length > 0)).toBe(true);
    expect(stands.some((s) => s.employerId === org("bergen-employer-1"))).toBe(true);
    const all = await candidatesOf(EVENT_IDS.bergenPast);
    const pub = all.filter((c) => c.participantId === null);
    const part = all.filter((c) => c.participantId !== null);
    expect(pub.length).toBe(100);
    expect(part.length).toBeGreaterThanOrEqual(15);
    expect(part.length).toBeLessThanOrEqual(25);
    const masterPlus = pub.filter((c) => c.educationLevel === "master" || c.educationLevel === "doctorate").length;
    expect(masterPlus).toBeGreaterThanOrEqual(25);
    expect(masterPlus).toBeLessThanOrEqual(35);
    expect(all.every((c) => c.occupations.length > 0 && c.occupations.every(isUnitGroup))).toBe(true);
    expect(pub.every((c) => c.email!.endsWith(".example") && (c.countryOfOrigin === null || c.countryConsent))).toBe(
      true,
    );
    expect(new Set(pub.map((c) => c.email)).size).toBe(pub.length);
    // Participants: registered by their own staff, only with the consent in force, as a snapshot.
    const consented = await h.db
      .select({ id: consents.participantId })
      .from(consents)
      .where(and(eq(consents.scope, "share_fair_exhibitors"), isNull(consents.withdrawnAt)));
    const people = await h.db
      .select()
      .from(participants)
      .where(
        inArray(
          participants.id,
          part.map((c) => c.participantId!),
        ),
      );
    for (const c of part) {
      const p = people.find((x) => x.id === c.participantId)!;
      expect(
        consented.some((x) => x.id === p.id),
        c.name,
      ).toBe(true);
      expect([c.registeredBy, c.name, c.email, c.shareWithExhibitors]).toEqual([
        p.assignedTo,
        `${p.firstName} ${p.lastName}`,
        null,
        true,
      ]);
    }
    // Check-in: about 85 % of those expected came; the rest are no-shows; walk-ins came unannounced.
    const expected = all.filter((c) => c.status === "registered" && !c.walkIn);
    const came = expected.filter((c) => c.checkedInAt !== null && !c.noShow).length / expected.length;
    expect(came).toBeGreaterThan(0.8);
    expect(came).toBeLessThan(0.9);
    expect(expected.every((c) => (c.checkedInAt === null) === c.noShow)).toBe(true);
    expect(all.filter((c) => c.walkIn && c.checkedInAt !== null).length).toBeGreaterThanOrEqual(3);
  });

  it("issues no link tokens: no seeded person was emailed a link, so no token could be used", async () => {
    expect((await candidatesOf(EVENT_IDS.bergenUpcoming)).some((c) => c.email !== null)).toBe(true);
    expect(await h.db.select().from(accessTokens)).toEqual([]);
  });

  it("has a published schedule that respects tables, rounds and wishes", async () => {
    const stands = await standsOf(EVENT_IDS.bergenPast);
    const interviews = await h.db.select().from(fairInterviews).where(eq(fairInterviews.eventId, EVENT_IDS.bergenPast));
    const wishes = await h.db.select().from(fairWishes).where(eq(fairWishes.eventId, EVENT_IDS.bergenPast));
    const candidates = await candidatesOf(EVENT_IDS.bergenPast);
    expect(interviews.length).toBeGreaterThan(150);
    const seen = new Set<string>();
    for (const iv of interviews) {
      const stand = stands.find((s) => s.id === iv.standId)!;
      expect(iv.round >= 0 && iv.round < 12 && iv.tableNo >= 0 && iv.tableNo < stand.tables).toBe(true);
      for (const key of [
        `pair ${iv.candidateId} ${iv.standId}`,
        `candidate ${iv.candidateId} ${iv.round}`,
        `table ${iv.standId} ${iv.round} ${iv.tableNo}`,
      ]) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
      expect(wishes.some((w) => w.candidateId === iv.candidateId && w.standId === iv.standId)).toBe(true);
      const c = candidates.find((x) => x.id === iv.candidateId)!;
      expect(c.status === "registered" && !c.walkIn).toBe(true);
    }
    const perCandidate = new Map<string, number>();
    for (const w of wishes.filter((w) => w.by === "candidate"))
      perCandidate.set(w.candidateId, (perCandidate.get(w.candidateId) ?? 0) + 1);
    expect(Math.max(...perCandidate.values())).toBeLessThanOrEqual(5);
    expect(wishes.some((w) => w.by === "employer")).toBe(true);
  });

  it("has leads of every kind, with follow-ups for the participants' staff", async () => {
    const leads = await h.db.select().from(fairLeads).where(eq(fairLeads.eventId, EVENT_IDS.bergenPast));
    expect(new Set(leads.map((l) => l.kind))).toEqual(
      new Set(["follow_up_interview", "internship", "job", "no_follow_up"]),
    );
    const candidates = await candidatesOf(EVENT_IDS.bergenPast);
    const interviews = await h.db.select().from(fairInterviews).where(eq(fairInterviews.eventId, EVENT_IDS.bergenPast));
    const tasks = await h.db.select().from(followUps).where(eq(followUps.source, "fair_lead"));
    for (const l of leads) {
      const c = candidates.find((x) => x.id === l.candidateId)!;
      expect(c.checkedInAt, c.name).not.toBeNull();
      expect(interviews.some((iv) => iv.candidateId === l.candidateId && iv.standId === l.standId)).toBe(true);
      if (c.participantId && l.kind !== "no_follow_up") {
        const task = tasks.find((t) => t.id === l.followUpId)!;
        expect([task.participantId, task.staffId, decodeLeadTitle(task.title)?.kind]).toEqual([
          c.participantId,
          c.registeredBy,
          l.kind,
        ]);
      } else expect(l.followUpId).toBeNull();
    }
    expect(tasks.length).toBeGreaterThan(5);
  });

  it("keeps one Fjordkanten Bygg interview with a participant of Jonas Kvamsdal without a lead", async () => {
    const [fjordkanten] = (await standsOf(EVENT_IDS.bergenPast)).filter(
      (s) => s.employerId === org("bergen-employer-1"),
    );
    const rows = await h.db
      .select({ candidate: fairCandidates, lead: fairLeads.id })
      .from(fairInterviews)
      .innerJoin(fairCandidates, eq(fairCandidates.id, fairInterviews.candidateId))
      .leftJoin(
        fairLeads,
        and(eq(fairLeads.candidateId, fairInterviews.candidateId), eq(fairLeads.standId, fairInterviews.standId)),
      )
      .where(and(eq(fairInterviews.standId, fjordkanten.id), eq(fairCandidates.name, NO_LEAD_CANDIDATE_NAME)));
    expect(rows).toHaveLength(1);
    expect([rows[0].lead, rows[0].candidate.registeredBy, rows[0].candidate.noShow]).toEqual([null, JONAS, false]);
    expect(rows[0].candidate.checkedInAt).not.toBeNull();
  });

  it("traces two later hires back to the fair", async () => {
    const rows = await h.db
      .select({ placement: placements, lead: fairLeads, candidate: fairCandidates, stand: fairStands })
      .from(fairLeads)
      .innerJoin(placements, eq(placements.id, fairLeads.placementId))
      .innerJoin(fairCandidates, eq(fairCandidates.id, fairLeads.candidateId))
      .innerJoin(fairStands, eq(fairStands.id, fairLeads.standId))
      .where(eq(fairLeads.eventId, EVENT_IDS.bergenPast));
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect([r.placement.stage, r.placement.outcome, r.placement.participantId, r.placement.employerId]).toEqual([
        "completed",
        "hired",
        r.candidate.participantId,
        r.stand.employerId,
      ]);
      const steps = await h.db
        .select()
        .from(placementEvents)
        .where(eq(placementEvents.placementId, r.placement.id))
        .orderBy(asc(placementEvents.at));
      expect(steps.map((s) => s.toStage).at(-1)).toBe("completed");
      expect(steps[0].at.getTime()).toBeGreaterThan(r.lead.createdAt.getTime());
      expect(await h.db.select().from(agreements).where(eq(agreements.placementId, r.placement.id))).toHaveLength(1);
      const jobs = await h.db
        .select()
        .from(workPeriods)
        .where(
          and(
            eq(workPeriods.participantId, r.placement.participantId),
            eq(workPeriods.employerId, r.placement.employerId),
            eq(workPeriods.kind, "job"),
          ),
        );
      expect(jobs.length).toBe(1);
    }
  });

  it("gives the upcoming fair stands, eligible candidates with wishes, no interviews, and a sent campaign", async () => {
    const stands = await standsOf(EVENT_IDS.bergenUpcoming);
    expect(stands.length).toBeGreaterThanOrEqual(6);
    expect(stands.find((s) => s.employerId === org("bergen-employer-1"))?.tables).toBe(2);
    const candidates = await candidatesOf(EVENT_IDS.bergenUpcoming);
    expect(candidates.length).toBe(40);
    expect(
      candidates.every(
        (c) =>
          ["vocational", "bachelor", "master", "doctorate"].includes(c.educationLevel) &&
          c.status === "registered" &&
          c.registeredAt.getTime() < anchor,
      ),
    ).toBe(true);
    expect(candidates.some((c) => c.shareWithExhibitors) && candidates.some((c) => !c.shareWithExhibitors)).toBe(true);
    const wishes = await h.db.select().from(fairWishes).where(eq(fairWishes.eventId, EVENT_IDS.bergenUpcoming));
    expect(wishes.some((w) => w.by === "candidate") && wishes.some((w) => w.by === "employer")).toBe(true);
    expect(
      await h.db.select().from(fairInterviews).where(eq(fairInterviews.eventId, EVENT_IDS.bergenUpcoming)),
    ).toEqual([]);
    const [campaign] = await h.db
      .select()
      .from(invitationCampaigns)
      .where(eq(invitationCampaigns.eventId, EVENT_IDS.bergenUpcoming));
    expect(campaign.sentAt).not.toBeNull();
    const recipients = await h.db
      .select()
      .from(invitationRecipients)
      .where(eq(invitationRecipients.campaignId, campaign.id));
    expect(new Set(recipients.map((r) => r.status))).toEqual(new Set(["sent", "registered", "declined"]));
    expect(recipients.every((r) => r.email.endsWith(".example"))).toBe(true);
  });

  it("gives association members made-up contacts", async () => {
    const members = await h.db.select().from(associationMembers);
    expect(members.length).toBeGreaterThan(10);
    expect(members.every((m) => m.contactName && m.contactEmail?.endsWith(".example"))).toBe(true);
  });
});

describe("made-up public names", () => {
  it("never repeat within the 146 the seed uses", () => {
    const names = Array.from({ length: 146 }, (_, n) => publicPerson(n).name);
    expect(new Set(names).size).toBe(names.length);
  });
});
