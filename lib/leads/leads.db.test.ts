import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { auditLog, fairLeads, followUps, placementEvents, placements, slots } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { osloDate } from "@/lib/time/oslo";
import { listEmployerLeads, saveLead } from "./data/leads";
import { listOrganizerLeads, markLeadHandled } from "./data/organizer";
import { decodeLeadTitle, leadDueOn } from "./rules";
import { addCandidate, addEmployerWish, addInterview, addStand, makeFair, setFairConsent } from "@/db/testing/fair";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const TORSTEIN = "torstein@fjordkanten-bygg.example";
const MARIT = "marit@naeringsforum-bergen.example";
const OLA = "ola@nidelva-bygg.example";
const LEYLA = stableId("user:leyla.brattebo@bergen.kommune.example");
const JONAS = stableId("user:jonas.kvamsdal@bergen.kommune.example");
const BERGEN = stableId("org:bergen-kommune");
const FJORDKANTEN = stableId("org:bergen-employer-1");
const TORSTEIN_SLOT = stableId("slot:bergen-employer-1:1");
const OTHER_SLOT = stableId("slot:bergen-employer-2:1");
const P10 = stableId("participant:bergen-10"); // Jonas's
const P11 = stableId("participant:bergen-11"); // Jonas's
const P16 = stableId("participant:bergen-16");

/** A past fair: Fjordkanten's stand met or wished for a mix of consented and unconsented candidates. */
async function fixture() {
  const eventId = await makeFair(h.db);
  const stand = await addStand(h.db, eventId, "bergen-employer-1");
  const otherStand = await addStand(h.db, eventId, "bergen-employer-2");
  await setFairConsent(h.db, P10, true);
  await setFairConsent(h.db, P11, true);
  await setFairConsent(h.db, P16, false);
  const c = {
    p10: await addCandidate(h.db, eventId, { name: "A Deltaker Ti", participantId: P10, registeredBy: LEYLA }),
    p11: await addCandidate(h.db, eventId, { name: "B Deltaker Elleve", participantId: P11 }),
    p16: await addCandidate(h.db, eventId, { name: "C Uten Samtykke", participantId: P16, registeredBy: JONAS }),
    pub: await addCandidate(h.db, eventId, {
      name: "D Offentlig",
      email: `d${Math.random()}@example.no`,
      phone: "912 34 567",
      shareWithExhibitors: true,
    }),
    hidden: await addCandidate(h.db, eventId, { name: "E Skjult", email: `e${Math.random()}@example.no` }),
    other: await addCandidate(h.db, eventId, {
      name: "F Annen Stand",
      email: `f${Math.random()}@example.no`,
      shareWithExhibitors: true,
    }),
  };
  await addInterview(h.db, eventId, c.p10, stand);
  await addEmployerWish(h.db, eventId, c.p11, stand);
  await addInterview(h.db, eventId, c.p16, stand);
  await addInterview(h.db, eventId, c.pub, stand, 1);
  await addInterview(h.db, eventId, c.hidden, stand, 2);
  await addInterview(h.db, eventId, c.other, otherStand);
  return { eventId, stand, c };
}

const lead = (
  eventId: string,
  candidateId: string,
  kind: "follow_up_interview" | "internship" | "job" | "no_follow_up",
  slotId: string | null = null,
) => ({
  eventId,
  candidateId,
  kind,
  note: "Snakket om sveising",
  slotId,
});

describe("leads of an employer", () => {
  it("lists only candidates met or wished for whose profile is shared", async () => {
    const { eventId, c } = await fixture();
    const torstein = await ctxFor(h.db, TORSTEIN);
    const { candidates, slots } = await listEmployerLeads(torstein, eventId);
    expect(candidates.map((x) => x.id)).toEqual([c.p10, c.p11, c.pub]);
    expect(candidates.map((x) => [x.met, x.wished, x.participant])).toEqual([
      [true, false, true],
      [false, true, true],
      [true, false, false],
    ]);
    expect(slots.some((s) => s.id === TORSTEIN_SLOT)).toBe(true);
    expect(slots.some((s) => s.id === OTHER_SLOT)).toBe(false);
  });

  it("gives the participant's registering consultant a follow-up in three days, audited in their municipality", async () => {
    const { eventId, c } = await fixture();
    const torstein = await ctxFor(h.db, TORSTEIN);
    const now = new Date();
    await saveLead(torstein, lead(eventId, c.p10, "follow_up_interview"), now);
    const [row] = await h.db.select().from(fairLeads).where(eq(fairLeads.candidateId, c.p10));
    expect(row).toMatchObject({ kind: "follow_up_interview", placementId: null });
    const [f] = await h.db.select().from(followUps).where(eq(followUps.id, row.followUpId!));
    expect(f).toMatchObject({
      municipalityId: BERGEN,
      participantId: P10,
      staffId: LEYLA,
      source: "fair_lead",
      dueOn: leadDueOn(osloDate(now)),
    });
    expect(decodeLeadTitle(f.title)).toMatchObject({ kind: "follow_up_interview", employer: "Fjordkanten Bygg AS" });
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.participantId, P10), eq(auditLog.action, "fair.lead")));
    expect(audit.map((a) => a.municipalityId)).toContain(BERGEN);
  });

  it("creates a placement at employer_interested on the employer's own open slot, and the follow-up for the assigned consultant", async () => {
    const { eventId, c } = await fixture();
    const torstein = await ctxFor(h.db, TORSTEIN);
    // A fresh slot, so no placement from the demo data is already open for the pair.
    const [slot] = await h.db
      .insert(slots)
      .values({
        employerId: FJORDKANTEN,
        kind: "internship",
        title: "Praksis etter messen",
        description: "Tømrer",
        iscoCode: "7115",
        startsOn: "2026-09-01",
        hoursPerWeek: 30,
        status: "open",
      })
      .returning({ id: slots.id });
    await saveLead(torstein, lead(eventId, c.p11, "internship", slot.id));
    const [row] = await h.db.select().from(fairLeads).where(eq(fairLeads.candidateId, c.p11));
    const [p] = await h.db.select().from(placements).where(eq(placements.id, row.placementId!));
    expect(p).toMatchObject({
      slotId: slot.id,
      participantId: P11,
      municipalityId: BERGEN,
      employerId: FJORDKANTEN,
      stage: "employer_interested",
    });
    const moves = await h.db.select().from(placementEvents).where(eq(placementEvents.placementId, p.id));
    expect(moves.map((m) => m.toStage)).toContain("employer_interested");
    const [f] = await h.db.select().from(followUps).where(eq(followUps.id, row.followUpId!));
    expect(f.staffId).toBe(JONAS);
  });

  it("upserts: one lead and one follow-up per candidate and stand; no follow-up removes the open task", async () => {
    const { eventId, c } = await fixture();
    const torstein = await ctxFor(h.db, TORSTEIN);
    await saveLead(torstein, lead(eventId, c.p10, "follow_up_interview"));
    await saveLead(torstein, lead(eventId, c.p10, "job"));
    const rows = await h.db.select().from(fairLeads).where(eq(fairLeads.candidateId, c.p10));
    expect(rows).toHaveLength(1);
    expect(rows[0].kind).toBe("job");
    const tasks = await h.db
      .select()
      .from(followUps)
      .where(and(eq(followUps.participantId, P10), eq(followUps.source, "fair_lead")));
    const mine = tasks.filter((t) => t.id === rows[0].followUpId);
    expect(mine).toHaveLength(1);
    expect(decodeLeadTitle(mine[0].title)?.kind).toBe("job");

    await saveLead(torstein, lead(eventId, c.p10, "no_follow_up"));
    const [after] = await h.db.select().from(fairLeads).where(eq(fairLeads.candidateId, c.p10));
    expect(after.followUpId).toBeNull();
    expect(await h.db.select().from(followUps).where(eq(followUps.id, rows[0].followUpId!))).toEqual([]);
  });

  it("respects consent: an unconsented participant, an unshared public candidate, and a withdrawal at once", async () => {
    const { eventId, c } = await fixture();
    const torstein = await ctxFor(h.db, TORSTEIN);
    await expect(saveLead(torstein, lead(eventId, c.p16, "job"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveLead(torstein, lead(eventId, c.hidden, "job"))).rejects.toBeInstanceOf(NotFoundError);
    await setFairConsent(h.db, P10, false);
    expect((await listEmployerLeads(torstein, eventId)).candidates.some((x) => x.id === c.p10)).toBe(false);
    await expect(saveLead(torstein, lead(eventId, c.p10, "job"))).rejects.toBeInstanceOf(NotFoundError);
    expect(await h.db.select().from(fairLeads).where(eq(fairLeads.eventId, eventId))).toEqual([]);
  });

  it("refuses another stand's candidate, another event's candidate, another city's employer, and a foreign slot", async () => {
    const { eventId, c } = await fixture();
    const second = await fixture();
    const torstein = await ctxFor(h.db, TORSTEIN);
    await expect(saveLead(torstein, lead(eventId, c.other, "job"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveLead(torstein, lead(eventId, second.c.pub, "job"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveLead(await ctxFor(h.db, OLA), lead(eventId, c.pub, "job"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveLead(await ctxFor(h.db, MARIT), lead(eventId, c.pub, "job"))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(saveLead(torstein, lead(eventId, c.p11, "internship", OTHER_SLOT))).rejects.toMatchObject({
      key: "leads.errors.slot",
    });
    await expect(saveLead(torstein, lead(eventId, c.pub, "internship", TORSTEIN_SLOT))).rejects.toBeInstanceOf(
      UserError,
    );
    expect(await h.db.select().from(fairLeads).where(eq(fairLeads.eventId, eventId))).toEqual([]);
  });

  it("opens only when the fair has started", async () => {
    const eventId = await makeFair(h.db, { startsAt: new Date(Date.now() + 24 * 3_600_000), published: false });
    await addStand(h.db, eventId, "bergen-employer-1");
    const id = await addCandidate(h.db, eventId, { shareWithExhibitors: true, email: `g${Math.random()}@example.no` });
    const torstein = await ctxFor(h.db, TORSTEIN);
    expect((await listEmployerLeads(torstein, eventId)).open).toBe(false);
    await expect(saveLead(torstein, lead(eventId, id, "job"))).rejects.toMatchObject({ key: "leads.errors.notOpen" });
  });
});

describe("leads for the organizer", () => {
  it("lists public candidates' leads with contact details, counts participants' leads, and marks handled", async () => {
    const { eventId, c } = await fixture();
    const torstein = await ctxFor(h.db, TORSTEIN);
    await saveLead(torstein, lead(eventId, c.pub, "job"));
    await saveLead(torstein, lead(eventId, c.p10, "internship"));
    const marit = await ctxFor(h.db, MARIT);
    const { rows, participantCounts } = await listOrganizerLeads(marit, eventId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      candidateName: "D Offentlig",
      phone: "912 34 567",
      employerName: "Fjordkanten Bygg AS",
      kind: "job",
      handledAt: null,
    });
    expect(participantCounts).toEqual({ internship: 1 });

    await markLeadHandled(marit, eventId, rows[0].id);
    expect((await listOrganizerLeads(marit, eventId)).rows[0].handledAt).toBeInstanceOf(Date);
    const [participantLead] = await h.db.select().from(fairLeads).where(eq(fairLeads.candidateId, c.p10));
    await expect(markLeadHandled(marit, eventId, participantLead.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listOrganizerLeads(torstein, eventId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      listOrganizerLeads(await ctxFor(h.db, "ingvild@naeringsforum-trondheim.example"), eventId),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
