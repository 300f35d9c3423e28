import { and, asc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  consents,
  contacts,
  followUps,
  memberships,
  municipalitySettings,
  organizations,
  participantExperience,
  participantLanguages,
  participantOutcomes,
  participantStatusChanges,
  participantWishes,
  participants,
  users,
  workPeriods,
} from "@/db/schema";
import { HISTORY_SIZE } from "@/db/seed/history";
import { openTestDb, resetDb } from "@/db/testing";
import { seedAnchor } from "./caseload";
import { stableId } from "./ids";
import { seed } from "./index";

let h: DbHandle;
const previous = process.env.SEED_DATE;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  process.env.SEED_DATE = "2026-11-28";
  await resetDb(h);
});
afterEach(() => {
  if (previous === undefined) delete process.env.SEED_DATE;
  else process.env.SEED_DATE = previous;
});

const tables = {
  participants,
  participantLanguages,
  participantExperience,
  participantWishes,
  participantStatusChanges,
  participantOutcomes,
  consents,
  contacts,
  followUps,
  workPeriods,
  municipalitySettings,
};

async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(tables)) {
    const key = "id" in table ? table.id : municipalitySettings.municipalityId;
    out[name] = await h.db.select().from(table).orderBy(asc(key));
  }
  return out;
}

const user = (email: string) => stableId(`user:${email}`);

describe("demo caseload", () => {
  it("is the same on every run for the same SEED_DATE, and a second run adds nothing", async () => {
    await seed(h.db);
    const first = await snapshot();
    expect(first.contacts.length).toBeGreaterThan(500);
    await seed(h.db);
    expect(await snapshot()).toEqual(first);
    await resetDb(h);
    await seed(h.db);
    expect(await snapshot()).toEqual(first);
  });

  it("builds the dates around SEED_DATE, with no contact after it", async () => {
    await seed(h.db);
    const [late] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(contacts)
      .where(gt(contacts.contactDate, "2026-11-27"));
    expect(late.n).toBe(0);
    const [early] = await h.db
      .select({ min: sql<string>`min(${contacts.contactDate})::text` })
      .from(contacts)
      .where(isNull(contacts.notes));
    expect(early.min >= "2026-05-29", early.min).toBe(true);
  });

  it("has about 30 participants in each city, in every status", async () => {
    await seed(h.db);
    const rows = await h.db
      .select({ city: organizations.city, status: participants.status, n: sql<number>`count(*)::int` })
      .from(participants)
      .innerJoin(organizations, eq(organizations.id, participants.municipalityId))
      .groupBy(organizations.city, participants.status);
    for (const city of ["Bergen", "Trondheim"]) {
      const mine = rows.filter((r) => r.city === city);
      // Bergen also has its earlier cohorts (db/seed/history.ts), all completed.
      expect(mine.reduce((sum, r) => sum + r.n, 0)).toBe(city === "Bergen" ? 30 + HISTORY_SIZE : 30);
      expect(mine.map((r) => r.status).sort()).toEqual(["completed", "ended_early", "enrolled", "on_leave"]);
      expect(mine.find((r) => r.status === "enrolled")!.n).toBeGreaterThan(15);
    }
  });

  it("gives each demo consultant and job specialist a caseload of 5 to 12, with follow-ups overdue and due this week", async () => {
    await seed(h.db);
    for (const email of [
      "jonas.kvamsdal@bergen.kommune.example",
      "leyla.brattebo@bergen.kommune.example",
      "henrik.byasveen@trondheim.kommune.example",
      "farah.ilsvika@trondheim.kommune.example",
    ]) {
      const mine = await h.db
        .select({ status: participants.status })
        .from(participants)
        .where(eq(participants.assignedTo, user(email)));
      expect(mine.length, email).toBeGreaterThanOrEqual(5);
      expect(mine.length, email).toBeLessThanOrEqual(12);
      const due = await h.db
        .select({ dueOn: followUps.dueOn })
        .from(followUps)
        .where(and(eq(followUps.staffId, user(email)), isNull(followUps.doneAt)));
      expect(
        due.some((f) => f.dueOn < "2026-11-28"),
        `${email} has something overdue`,
      ).toBe(true);
      expect(
        due.some((f) => f.dueOn >= "2026-11-28" && f.dueOn <= "2026-12-04"),
        `${email} has something this week`,
      ).toBe(true);
    }
  });

  it("assigns participants only to staff of their own municipality", async () => {
    await seed(h.db);
    const wrong = await h.db
      .select({ id: participants.id })
      .from(participants)
      .where(
        and(
          isNotNull(participants.assignedTo),
          sql`not exists (select 1 from ${memberships} m where m.user_id = ${participants.assignedTo}
            and m.organization_id = ${participants.municipalityId} and m.role in ('consultant', 'job_specialist', 'municipality_admin'))`,
        ),
      );
    expect(wrong).toEqual([]);
    const crossContacts = await h.db
      .select({ id: contacts.id })
      .from(contacts)
      .innerJoin(participants, eq(participants.id, contacts.participantId))
      .where(sql`${participants.municipalityId} <> ${contacts.municipalityId}`);
    expect(crossContacts).toEqual([]);
  });

  it("records consent in every state for every scope: given, given then withdrawn, and none", async () => {
    await seed(h.db);
    const all = await h.db.select({ id: participants.id }).from(participants);
    const rows = await h.db.select().from(consents);
    for (const scope of ["share_employers", "share_fair_exhibitors", "contact_email"] as const) {
      const forScope = rows.filter((c) => c.scope === scope);
      expect(
        forScope.some((c) => c.withdrawnAt === null),
        `${scope} given`,
      ).toBe(true);
      expect(
        forScope.some((c) => c.withdrawnAt !== null && c.withdrawnAt >= new Date(`${c.givenOn}T00:00:00Z`)),
        `${scope} withdrawn`,
      ).toBe(true);
      expect(forScope.length, `${scope} missing for some`).toBeLessThan(all.length);
    }
  });

  it("has outcomes for completed participants, current jobs, languages, wishes and the municipalities' settings", async () => {
    await seed(h.db);
    const completed = await h.db
      .select({ id: participants.id })
      .from(participants)
      .where(eq(participants.status, "completed"));
    const outcomes = await h.db.select().from(participantOutcomes);
    for (const p of completed)
      expect(outcomes.some((o) => o.participantId === p.id && o.timepoint === "programme_end")).toBe(true);
    expect(outcomes.some((o) => o.timepoint === "one_year")).toBe(true);
    const jobs = await h.db
      .select()
      .from(workPeriods)
      .where(and(eq(workPeriods.kind, "job"), isNull(workPeriods.endsOn)));
    expect(jobs.length).toBeGreaterThan(5);
    const [{ n: languages }] = await h.db
      .select({ n: sql<number>`count(distinct ${participantLanguages.language})::int` })
      .from(participantLanguages);
    expect(languages).toBeGreaterThanOrEqual(8);
    const wishes = await h.db.select({ code: participantWishes.iscoCode }).from(participantWishes);
    for (const code of ["9112", "5311", "5321", "5120", "8331", "2221"])
      expect(
        wishes.some((w) => w.code === code),
        code,
      ).toBe(true);
    const settings = await h.db
      .select({
        name: organizations.name,
        target: municipalitySettings.caseloadTarget,
        retention: municipalitySettings.retentionMonths,
      })
      .from(municipalitySettings)
      .innerJoin(organizations, eq(organizations.id, municipalitySettings.municipalityId));
    expect(settings.map((s) => [s.name.split(" ")[0], s.target, s.retention]).sort()).toEqual([
      ["Bergen", 15, 24],
      ["Trondheim", 20, 24],
    ]);
  });

  it("uses only made-up e-mail addresses and names every demo person's participants", async () => {
    await seed(h.db);
    const emails = await h.db
      .select({ email: participants.email })
      .from(participants)
      .where(isNotNull(participants.email));
    expect(emails.every((e) => e.email!.endsWith(".example"))).toBe(true);
    const [leyla] = await h.db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, user("leyla.brattebo@bergen.kommune.example")));
    expect(leyla.name).toBe("Leyla Brattebø");
  });
});

describe("seedAnchor", () => {
  it("takes SEED_DATE when set, else today's UTC date", () => {
    expect(seedAnchor({ SEED_DATE: "2026-03-01" }).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(seedAnchor({}, new Date("2026-11-28T23:30:00+05:00")).toISOString()).toBe("2026-11-28T00:00:00.000Z");
    expect(() => seedAnchor({ SEED_DATE: "28.11.2026" })).toThrow(/SEED_DATE/);
  });
});
