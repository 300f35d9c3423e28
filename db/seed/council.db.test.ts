import { and, asc, eq, inArray, lt, ne } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  councilActionComments,
  councilActionItems,
  councilAgendaItems,
  councilAttendance,
  councilCommitments,
  councilDecisions,
  councilGoalReports,
  councilGoals,
  councilMeetings,
  councilMembers,
  councilRepresentatives,
  councils,
  organizations,
  users,
} from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { meetingDays } from "./council";
import { COUNCIL_IDS, COUNCIL_NAME, PAST_MEETINGS } from "./council-data";
import { VESTLAND_COUNCIL } from "./council-vestland";
import { stableId } from "./ids";
import { seed } from "./index";

let h: DbHandle;
const previous = process.env.SEED_DATE;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());

const SEED_DAY = "2026-11-28";
const DAY = 86_400_000;
const org = (key: string) => stableId(`org:${key}`);
const daysFromSeed = (d: Date | string) =>
  Math.floor(
    ((typeof d === "string" ? Date.parse(`${d}T00:00:00Z`) : d.getTime()) - Date.parse(`${SEED_DAY}T00:00:00Z`)) / DAY,
  );
const oslo = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);

async function snapshot() {
  const byId = {
    councils,
    councilRepresentatives,
    councilMeetings,
    councilAgendaItems,
    councilDecisions,
    councilActionItems,
    councilActionComments,
    councilGoals,
    councilGoalReports,
    councilCommitments,
  };
  const out: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(byId)) out[name] = await h.db.select().from(table).orderBy(asc(table.id));
  out.members = await h.db.select().from(councilMembers).orderBy(asc(councilMembers.organizationId));
  out.attendance = await h.db
    .select()
    .from(councilAttendance)
    .orderBy(asc(councilAttendance.meetingId), asc(councilAttendance.representativeId));
  return out;
}

describe("council meeting days", () => {
  it("keep clear of Christmas and the summer holiday, about three months apart, whatever the seed day", () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    const date = (anchor: number, d: number) => new Date(anchor + d * DAY).toISOString().slice(5, 10);
    const dueOf = (key: string) =>
      PAST_MEETINGS.flatMap((m, i) =>
        m.actions.filter((a) => a.key === key).map((a) => ({ meeting: i, due: a.due })),
      )[0];
    const overdue = [dueOf("nav-wage-subsidy-sheet"), dueOf("kommune-waiting-figures")];
    for (let n = 0; n < 731; n++) {
      const anchor = start + n * DAY;
      const { past, next } = meetingDays(new Date(anchor));
      for (const d of [...past, next]) {
        expect(new Date(anchor + d * DAY).getUTCDay()).toBe(2);
        const md = date(anchor, d);
        expect(md >= "07-01" && md <= "08-09", md).toBe(false);
        expect(md >= "12-20" || md <= "01-04", md).toBe(false);
      }
      for (let i = 1; i < 4; i++) expect(past[i] - past[i - 1]).toBeGreaterThanOrEqual(56);
      expect(past[3]).toBeGreaterThanOrEqual(-60);
      expect(past[3]).toBeLessThanOrEqual(-14);
      expect(next).toBeGreaterThanOrEqual(14);
      // Up to eight weeks when the month ahead is the summer holiday.
      expect(next).toBeLessThanOrEqual(56);
      for (const o of overdue) expect(past[o.meeting] + o.due).toBeLessThan(0);
    }
  });
});

describe("demo council", () => {
  beforeEach(async () => {
    process.env.SEED_DATE = SEED_DAY;
    await resetDb(h);
    await seed(h.db);
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.SEED_DATE;
    else process.env.SEED_DATE = previous;
  });

  it("is the same rows when seeded twice, and again from scratch", async () => {
    const first = await snapshot();
    // Bergen's five and the Vestland council's one.
    expect(first.councilMeetings).toHaveLength(6);
    await seed(h.db);
    expect(await snapshot()).toEqual(first);
    await resetDb(h);
    await seed(h.db);
    expect(await snapshot()).toEqual(first);
  });

  it("is Bergen's council: NAV chairs, the association is the secretariat, seven members; Trondheim has none", async () => {
    const all = await h.db.select().from(councils);
    expect(all).toHaveLength(2);
    const c = all.find((x) => x.id === COUNCIL_IDS.bergen);
    expect(c).toMatchObject({
      id: COUNCIL_IDS.bergen,
      name: "Samarbeidsrådet for inkludering i Bergen",
      city: "Bergen",
      chairId: org("nav-bergen"),
      secretariatId: org("bergen-naering"),
    });
    const members = await h.db
      .select({ name: organizations.name, city: organizations.city })
      .from(councilMembers)
      .innerJoin(organizations, eq(organizations.id, councilMembers.organizationId))
      .where(eq(councilMembers.councilId, COUNCIL_IDS.bergen));
    expect(members.map((m) => m.name).sort()).toEqual(
      [
        "Bergen kommune, integreringstjenesten",
        "LO Vestland",
        "NAV Bergen vest",
        "Næringsforum Bergen",
        "Røde Kors Bergen",
        "Universitetet i Bergen",
        "Vestland fylkeskommune",
      ].sort(),
    );
    expect(members.every((m) => m.city === "Bergen")).toBe(true);
  });

  it("puts NAV Bergen vest in a second, regional council that sorts after Bergen's, with a meeting and a goal", async () => {
    const [c] = await h.db.select().from(councils).where(eq(councils.id, VESTLAND_COUNCIL.id));
    expect(c).toMatchObject({
      name: VESTLAND_COUNCIL.name,
      city: "Bergen",
      cities: ["Bergen", "Askøy"],
      chairId: org("bergen-union"),
      secretariatId: org("vestland-fk"),
    });
    const members = await h.db.select().from(councilMembers).where(eq(councilMembers.councilId, c.id));
    expect(members.map((m) => m.organizationId).sort()).toEqual(
      ["bergen-union", "nav-bergen", "vestland-fk"].map(org).sort(),
    );
    const eirik = await h.db
      .select({ name: councils.name })
      .from(councilMembers)
      .innerJoin(councils, eq(councils.id, councilMembers.councilId))
      .where(eq(councilMembers.organizationId, org("nav-bergen")))
      .orderBy(asc(councils.name));
    expect(eirik.map((r) => r.name)).toEqual([COUNCIL_NAME, VESTLAND_COUNCIL.name]);
    expect(await h.db.select().from(councilMeetings).where(eq(councilMeetings.councilId, c.id))).toHaveLength(1);
    expect(await h.db.select().from(councilGoals).where(eq(councilGoals.councilId, c.id))).toHaveLength(1);
  });

  it("links the demo users to their representatives and gives every member one or two", async () => {
    const reps = await h.db
      .select()
      .from(councilRepresentatives)
      .where(eq(councilRepresentatives.councilId, COUNCIL_IDS.bergen));
    const linked = await h.db
      .select({ name: users.name, org: councilRepresentatives.organizationId })
      .from(councilRepresentatives)
      .innerJoin(users, eq(users.id, councilRepresentatives.userId));
    expect(linked).toEqual(
      expect.arrayContaining([
        { name: "Marit Solheimsvik", org: org("bergen-naering") },
        { name: "Eirik Nesttun", org: org("nav-bergen") },
        { name: "Ragnhild Fossdal", org: org("bergen-kommune") },
      ]),
    );
    const members = await h.db.select().from(councilMembers).where(eq(councilMembers.councilId, COUNCIL_IDS.bergen));
    for (const m of members)
      expect(reps.filter((r) => r.organizationId === m.organizationId).length).toBeGreaterThanOrEqual(1);
    expect(reps.every((r) => r.email.endsWith(".example") && r.active)).toBe(true);
  });

  it("has four held meetings about three months apart with approved minutes, and one planned ahead, uninvited", async () => {
    const meetings = await h.db
      .select()
      .from(councilMeetings)
      .where(eq(councilMeetings.councilId, COUNCIL_IDS.bergen))
      .orderBy(asc(councilMeetings.startsAt));
    const [past, next] = [meetings.slice(0, 4), meetings[4]];
    expect(
      past.every(
        (m) =>
          m.status === "held" &&
          m.minutesStatus === "approved" &&
          m.minutesApprovedAt !== null &&
          m.invitationSentAt !== null,
      ),
    ).toBe(true);
    expect(daysFromSeed(past[3].startsAt)).toBeGreaterThanOrEqual(-40);
    expect(daysFromSeed(past[3].startsAt)).toBeLessThanOrEqual(-25);
    for (let i = 1; i < 4; i++)
      expect(daysFromSeed(past[i].startsAt) - daysFromSeed(past[i - 1].startsAt)).toBeGreaterThanOrEqual(63);
    expect(past.every((m) => oslo(m.startsAt) === "13:00" && oslo(m.endsAt) === "15:00")).toBe(true);
    expect(next).toMatchObject({
      id: COUNCIL_IDS.nextMeeting,
      status: "planned",
      invitationSentAt: null,
      minutesStatus: "none",
      minutes: "",
    });
    expect(daysFromSeed(next.startsAt)).toBeGreaterThanOrEqual(25);
    expect(daysFromSeed(next.startsAt)).toBeLessThanOrEqual(40);

    for (const m of past) {
      const agenda = await h.db.select().from(councilAgendaItems).where(eq(councilAgendaItems.meetingId, m.id));
      const decisions = await h.db.select().from(councilDecisions).where(eq(councilDecisions.meetingId, m.id));
      const attendance = await h.db.select().from(councilAttendance).where(eq(councilAttendance.meetingId, m.id));
      expect(agenda.length).toBeGreaterThanOrEqual(3);
      expect(agenda.length).toBeLessThanOrEqual(5);
      expect(agenda.every((a) => a.ownerId !== null)).toBe(true);
      expect(decisions.length).toBeGreaterThanOrEqual(1);
      expect(attendance.some((a) => !a.present) && attendance.filter((a) => a.present).length >= 6).toBe(true);
      // The minutes tell the same story as the rows.
      for (const a of agenda) expect(m.minutes).toContain(a.title);
      for (const d of decisions) expect(m.minutes).toContain(d.text);
      expect(m.minutes).toMatch(/^\*\*Dato:\*\* tirsdag /);
    }
    expect(
      await h.db.select().from(councilAgendaItems).where(eq(councilAgendaItems.meetingId, next.id)),
    ).not.toHaveLength(0);
  });

  it("has action items in every status, with open overdue ones for NAV Bergen vest and Bergen kommune", async () => {
    const items = await h.db
      .select()
      .from(councilActionItems)
      .where(eq(councilActionItems.councilId, COUNCIL_IDS.bergen));
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(["open", "in_progress", "done", "dropped"]));
    expect(new Set(items.map((i) => i.ownerOrgId)).size).toBeGreaterThanOrEqual(6);
    const overdue = await h.db
      .select()
      .from(councilActionItems)
      .where(and(inArray(councilActionItems.status, ["open", "in_progress"]), lt(councilActionItems.dueOn, SEED_DAY)));
    expect(overdue.find((i) => i.id === COUNCIL_IDS.overdueNav)).toMatchObject({
      ownerOrgId: org("nav-bergen"),
      status: "open",
    });
    expect(overdue.find((i) => i.id === COUNCIL_IDS.overdueKommune)).toMatchObject({
      ownerOrgId: org("bergen-kommune"),
      status: "open",
    });
    expect(items.filter((i) => i.status === "done").every((i) => i.doneAt !== null && daysFromSeed(i.doneAt) < 0)).toBe(
      true,
    );
    expect(items.filter((i) => i.status !== "done").every((i) => i.doneAt === null)).toBe(true);
    expect((await h.db.select().from(councilActionComments)).length).toBeGreaterThanOrEqual(3);
  });

  it("has the three goals of the contract, measured for two years, with Bergen kommune's eight quarterly figures", async () => {
    const goals = await h.db.select().from(councilGoals).where(eq(councilGoals.councilId, COUNCIL_IDS.bergen));
    expect(goals).toHaveLength(3);
    const goal = (id: string) => goals.find((g) => g.id === id)!;
    expect(goal(COUNCIL_IDS.goals.workOrEducation)).toMatchObject({
      level: "macro",
      measure: "live",
      metric: "work_or_education_share",
      metricParams: { months: 36 },
      baseline: 55,
      target: 70,
      unit: "percent",
    });
    expect(goal(COUNCIL_IDS.goals.memberSlots)).toMatchObject({
      level: "meso",
      measure: "live",
      metric: "internship_slots_posted",
      metricParams: { membersOnly: true },
      baseline: 4,
      target: 15,
      unit: "count",
    });
    expect(goal(COUNCIL_IDS.goals.firstContact)).toMatchObject({
      level: "micro",
      measure: "manual",
      metric: null,
      baseline: 60,
      target: 90,
      unit: "percent",
    });
    for (const g of goals) {
      expect(daysFromSeed(g.startsOn)).toBeLessThanOrEqual(-730);
      expect(daysFromSeed(g.startsOn)).toBeGreaterThan(-730 - 92);
      expect(daysFromSeed(g.deadline)).toBeGreaterThan(0);
    }

    const reports = await h.db.select().from(councilGoalReports).orderBy(asc(councilGoalReports.reportedFor));
    expect(reports).toHaveLength(8);
    expect(
      reports.every((r) => r.goalId === COUNCIL_IDS.goals.firstContact && r.organizationId === org("bergen-kommune")),
    ).toBe(true);
    expect(reports[0].value).toBeLessThanOrEqual(62);
    expect(reports[7].value).toBeGreaterThanOrEqual(80);
    expect(
      reports.every(
        (r) =>
          r.reportedFor >= goal(COUNCIL_IDS.goals.firstContact).startsOn &&
          daysFromSeed(r.reportedFor) < 0 &&
          daysFromSeed(r.createdAt) < 0,
      ),
    ).toBe(true);
    // One a quarter: each on a quarter's last day, about three months apart.
    expect(reports.every((r) => /-(03-31|06-30|09-30|12-31)$/.test(r.reportedFor))).toBe(true);
  });

  it("has commitments from several members, some delivered, and NAV Bergen vest's planned one", async () => {
    const commitments = await h.db.select().from(councilCommitments);
    expect(commitments.length).toBeGreaterThanOrEqual(6);
    expect(commitments.length).toBeLessThanOrEqual(10);
    expect(new Set(commitments.map((c) => c.organizationId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(commitments.map((c) => c.kind))).toEqual(new Set(["hours", "money", "venue", "slots", "events"]));
    expect(commitments.filter((c) => c.status === "delivered").every((c) => c.deliveredAt !== null)).toBe(true);
    expect(commitments.some((c) => c.status === "delivered")).toBe(true);
    const planned = commitments.filter((c) => c.organizationId === org("nav-bergen") && c.status === "planned");
    expect(planned.map((c) => c.id)).toEqual([COUNCIL_IDS.navPlannedCommitment]);
    expect(planned[0].goalId).toBe(COUNCIL_IDS.goals.workOrEducation);
    expect(commitments.filter((c) => c.kind === "venue").every((c) => c.amount === null)).toBe(true);
    expect(commitments.filter((c) => c.kind !== "venue").every((c) => c.amount !== null && c.amount > 0)).toBe(true);
  });

  it("records nothing as written after the seed day", async () => {
    const rows = await snapshot();
    const stamps = Object.values(rows).flatMap((list) =>
      (list as Record<string, unknown>[]).flatMap((r) =>
        ["createdAt", "updatedAt", "doneAt", "deliveredAt", "minutesApprovedAt", "invitationSentAt"]
          .map((k) => r[k])
          .filter((v): v is Date => v instanceof Date),
      ),
    );
    expect(stamps.length).toBeGreaterThan(50);
    expect(stamps.filter((d) => daysFromSeed(d) >= 0)).toEqual([]);
  });

  it("leaves what users changed alone when seeded again", async () => {
    await h.db
      .update(councilCommitments)
      .set({ status: "in_progress", version: 2 })
      .where(eq(councilCommitments.id, COUNCIL_IDS.navPlannedCommitment));
    await seed(h.db);
    const [c] = await h.db
      .select()
      .from(councilCommitments)
      .where(eq(councilCommitments.id, COUNCIL_IDS.navPlannedCommitment));
    expect(c).toMatchObject({ status: "in_progress", version: 2 });
    expect(await h.db.select().from(councilCommitments).where(ne(councilCommitments.status, "dropped"))).toHaveLength(
      8,
    );
  });
});
