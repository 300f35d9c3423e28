import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db";
import {
  councilActionItems,
  councilDecisions,
  councilMeetings,
  councilMembers,
  councils,
  contacts,
  eventCohosts,
  events,
  fairCandidates,
  fairInterviews,
  fairStands,
  invitationCampaigns,
  memberships,
  participants,
  placementEvents,
  placements,
  slots,
} from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { councilDashboard, type Dashboard } from "./data";
import { lastQuarters, quarterKey, quarterStartDate, type Activity, type Quarter } from "./rules";

let h: DbHandle;
const org = (key: string) => stableId(`org:${key}`);
const EIRIK = "eirik.nesttun@nav.example"; // NAV Bergen vest: chair of the test council
const SUNNIVA = "sunniva.lerkendal@trondheim.kommune.example"; // Trondheim kommune: in no council

// A fixed "now" in the middle of a quarter; the hand-made rows go in the quarters before it.
const NOW = new Date("2026-05-15T10:00:00Z");
const QUARTERS = lastQuarters(NOW); // 2024 K3 … 2026 K2
const Q5 = QUARTERS[5]; // 2025 K4
const Q6 = QUARTERS[6]; // 2026 K1, the last complete quarter
const mid = (q: Quarter) => new Date(`${quarterStartDate(q)}T12:00:00Z`.replace(/-01T/, "-15T"));
// Half past midnight on the quarter's first day in Oslo, which is still the day before in UTC.
const justAfterStart = (q: Quarter) => new Date(`${quarterStartDate(q)}T00:30:00${q.q === 1 ? "+01:00" : "+02:00"}`);

beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
  // Whatever councils the demo data has, this file works with its own.
  await h.db.delete(councils);
  const councilId = stableId("test:dashboard-council");
  await h.db.insert(councils).values({
    id: councilId,
    name: "Testrådet i Bergen",
    city: "Bergen",
    chairId: org("nav-bergen"),
    secretariatId: org("bergen-naering"),
  });
  await h.db
    .insert(councilMembers)
    .values(["bergen-kommune", "nav-bergen", "bergen-naering"].map((k) => ({ councilId, organizationId: org(k) })));
}, 120_000);
afterAll(async () => h.close());

const value = (d: Dashboard, activity: Activity, q: Quarter) => {
  const row = d.levels.flatMap((l) => l.rows).find((r) => r.activity === activity);
  return row?.raw[d.quarters.findIndex((x) => quarterKey(x) === quarterKey(q))] ?? NaN;
};

async function staffOf(db: Db, orgKey: string, role: "job_specialist" | "consultant"): Promise<string> {
  const [m] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, org(orgKey)), eq(memberships.role, role)))
    .limit(1);
  return m.userId;
}

/** A city's worth of activity: placements, contacts, a fair with interviews, a campaign. */
async function addActivity(db: Db, city: "bergen" | "trondheim") {
  const municipalityId = org(`${city}-kommune`);
  const employerId = org(`${city}-employer-1`);
  const [slot] = await db.select({ id: slots.id }).from(slots).where(eq(slots.employerId, employerId)).limit(1);
  const people = await db
    .select({ id: participants.id })
    .from(participants)
    .where(eq(participants.municipalityId, municipalityId))
    .limit(6);
  // Six placements created in Q5, agreed just after Q6 began (Oslo time), two of them hired mid-Q6.
  for (const [i, p] of people.entries()) {
    const hired = i < 2;
    const [pl] = await db
      .insert(placements)
      .values({
        slotId: slot.id,
        participantId: p.id,
        municipalityId,
        employerId,
        stage: "completed",
        outcome: hired ? "hired" : "ended",
        createdAt: mid(Q5),
      })
      .returning({ id: placements.id });
    await db.insert(placementEvents).values([
      { placementId: pl.id, fromStage: "interview", toStage: "agreement", at: justAfterStart(Q6) },
      { placementId: pl.id, fromStage: "active", toStage: "completed", at: mid(Q6) },
    ]);
  }
  const specialist = await staffOf(
    db,
    municipalityId === org("bergen-kommune") ? "bergen-kommune" : "trondheim-kommune",
    "job_specialist",
  );
  const consultant = await staffOf(
    db,
    municipalityId === org("bergen-kommune") ? "bergen-kommune" : "trondheim-kommune",
    "consultant",
  );
  const contact = (staffId: string, kind: "employer" | "participant") => ({
    municipalityId,
    employerId,
    staffId,
    kind,
    channel: "in_person" as const,
    purpose: "job_development" as const,
    faceToFace: true,
    contactDate: quarterStartDate(Q6).replace(/-01$/, "-20"),
  });
  // Four job-specialist employer contacts count; a consultant's and a participant contact do not.
  await db
    .insert(contacts)
    .values([
      ...Array.from({ length: 4 }, () => contact(specialist, "employer")),
      contact(consultant, "employer"),
      contact(specialist, "participant"),
    ]);

  const association = org(`${city}-naering`);
  const partner = org(`nav-${city}`);
  const [fair] = await db
    .insert(events)
    .values({
      associationId: association,
      kind: "career_fair",
      title: `Testtorg ${city}`,
      startsAt: mid(Q6),
      endsAt: mid(Q6),
      venue: "Hallen",
      status: "completed",
    })
    .returning({ id: events.id });
  await db.insert(eventCohosts).values({ eventId: fair.id, organizationId: partner });
  // Neither a draft nor an event without co-hosts is a co-hosted event; the draft is no fair held either.
  await db.insert(events).values([
    {
      associationId: association,
      kind: "career_fair",
      title: "Utkast",
      startsAt: mid(Q6),
      endsAt: mid(Q6),
      venue: "Hallen",
      status: "draft",
    },
    {
      associationId: association,
      kind: "info_meeting",
      title: "Infomøte",
      startsAt: mid(Q6),
      endsAt: mid(Q6),
      venue: "Hallen",
      status: "published",
    },
  ]);
  const [open, cancelled] = await db
    .insert(fairStands)
    .values([
      { eventId: fair.id, employerId, status: "registered" as const },
      { eventId: fair.id, employerId: org(`${city}-employer-2`), status: "cancelled" as const },
    ])
    .returning({ id: fairStands.id });
  const candidate = (name: string, checkedIn: boolean, status: "registered" | "cancelled" = "registered") => ({
    eventId: fair.id,
    name,
    educationLevel: "secondary" as const,
    status,
    checkedInAt: checkedIn ? mid(Q6) : null,
  });
  const cs = await db
    .insert(fairCandidates)
    .values([
      candidate("A", true),
      candidate("B", true),
      candidate("C", true),
      candidate("D", false),
      candidate("E", true, "cancelled"),
    ])
    .returning({ id: fairCandidates.id });
  // Held: a registered stand and a checked-in candidate who did not cancel — three of six.
  await db
    .insert(fairInterviews)
    .values([
      ...cs.map((c, i) => ({ eventId: fair.id, candidateId: c.id, standId: open.id, round: i, tableNo: 0 })),
      { eventId: fair.id, candidateId: cs[0].id, standId: cancelled.id, round: 5, tableNo: 0 },
    ]);
  await db.insert(invitationCampaigns).values([
    { eventId: fair.id, subject: "Kom", body: "Velkommen", sentAt: mid(Q6) },
    { eventId: fair.id, subject: "Ikke sendt", body: "Utkast" },
  ]);
}

describe("council dashboard", () => {
  it("gives a caller whose organization is in no council nothing", async () => {
    expect(await councilDashboard(await ctxFor(h.db, SUNNIVA), NOW)).toBeNull();
  });

  it("counts hand-made rows in the right quarters (Oslo time), and only the kinds that count", async () => {
    const eirik = await ctxFor(h.db, EIRIK);
    const before = (await councilDashboard(eirik, NOW)) as Dashboard;
    expect(before.quarters.map(quarterKey)).toEqual([
      "2024-3",
      "2024-4",
      "2025-1",
      "2025-2",
      "2025-3",
      "2025-4",
      "2026-1",
      "2026-2",
    ]);
    await addActivity(h.db, "bergen");
    const councilId = stableId("test:dashboard-council");
    const [meeting] = await h.db
      .insert(councilMeetings)
      .values({ councilId, title: "Rådsmøte", startsAt: mid(Q6), endsAt: mid(Q6), venue: "Rådhuset", status: "held" })
      .returning({ id: councilMeetings.id });
    await h.db.insert(councilMeetings).values({
      councilId,
      title: "Planlagt",
      startsAt: mid(Q6),
      endsAt: mid(Q6),
      venue: "Rådhuset",
      status: "planned",
    });
    await h.db
      .insert(councilDecisions)
      .values([1, 2].map((position) => ({ meetingId: meeting.id, position, text: `Vedtak ${position}` })));
    const item = {
      councilId,
      meetingId: meeting.id,
      title: "Gjør noe",
      ownerOrgId: org("nav-bergen"),
      dueOn: quarterStartDate(Q6),
    };
    await h.db.insert(councilActionItems).values([
      { ...item, status: "done" as const, doneAt: mid(Q6) },
      { ...item, status: "open" as const },
    ]);

    const after = (await councilDashboard(eirik, NOW)) as Dashboard;
    const delta = (a: Activity, q: Quarter) => value(after, a, q) - value(before, a, q);
    expect(delta("placementsCreated", Q5)).toBe(6);
    expect(delta("agreementsReached", Q6)).toBe(6);
    expect(delta("agreementsReached", Q5)).toBe(0); // 00:30 on the first day in Oslo is the new quarter
    expect(delta("hires", Q6)).toBe(2);
    expect(delta("employerContacts", Q6)).toBe(4);
    expect(delta("fairsHeld", Q6)).toBe(1);
    // The completed fair was planned; the draft was not (nor is an info meeting a fair).
    const planned = (d: Dashboard, q: Quarter) =>
      d.levels[1].rows.find((r) => r.activity === "fairsHeld")?.planned?.[
        d.quarters.findIndex((x) => quarterKey(x) === quarterKey(q))
      ] ?? -1;
    expect(planned(after, Q6) - planned(before, Q6)).toBe(1);
    expect(delta("interviewsHeld", Q6)).toBe(3);
    expect(delta("cohostedEvents", Q6)).toBe(1);
    expect(delta("campaignsSent", Q6)).toBe(1);
    expect(delta("meetingsHeld", Q6)).toBe(1);
    expect(delta("decisions", Q6)).toBe(2);
    expect(delta("actionsDone", Q6)).toBe(1);
    // What is shown of people counts goes through suppression; meetings never do.
    const macro = after.levels.find((l) => l.level === "macro");
    expect(macro?.rows.find((r) => r.activity === "meetingsHeld")?.shown[6]).toEqual({
      value: value(after, "meetingsHeld", Q6),
      suppressed: false,
    });
    const hires = after.levels[0].rows.find((r) => r.activity === "hires");
    const hiresQ6 = value(after, "hires", Q6);
    expect(hires?.shown[6].suppressed).toBe(hiresQ6 > 0 && hiresQ6 < 5);
  });

  it("never counts Trondheim activity for the Bergen council", async () => {
    const eirik = await ctxFor(h.db, EIRIK);
    const before = (await councilDashboard(eirik, NOW)) as Dashboard;
    await addActivity(h.db, "trondheim");
    const after = (await councilDashboard(eirik, NOW)) as Dashboard;
    expect(after.levels).toEqual(before.levels);
    // The rows are there: Trondheim has the placements the Bergen council does not see.
    const result = await h.db.execute(
      sql`select count(*)::int as n from placements where municipality_id = ${org("trondheim-kommune")}`,
    );
    const [{ n }] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
    expect(n).toBeGreaterThanOrEqual(6);
  });
});
