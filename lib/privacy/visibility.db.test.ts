// Every read that shows a participant outside the municipality, listed, and proved to drop the
// person the moment the consent is withdrawn (lib/privacy/visibility.ts). A new read of that kind
// belongs in READS below.
import { and, asc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  consents,
  emailOutbox,
  events,
  fairCandidates,
  fairInterviews,
  participants,
  participantWishes,
} from "@/db/schema";
import type { ConsentScope } from "@/db/schema/follow-up";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { addCandidate, addEmployerWish, addInterview, addStand, makeFair } from "@/db/testing/fair";
import { EMAILS, insertPlacement, insertSlot } from "@/db/testing/placements";
import { withdrawConsent } from "@/lib/consents/data/withdraw";
import { councilDashboard } from "@/lib/dashboard/data";
import { listCandidates, listForExhibitor } from "@/lib/fair-candidates/data/staff";
import { fairReport } from "@/lib/fair-report/data";
import { viewerCalendar } from "@/lib/interviews/calendar";
import { staffSchedule } from "@/lib/interviews/data/schedule";
import { viewerSchedule } from "@/lib/interviews/data/views";
import { listEmployerLeads } from "@/lib/leads/data/leads";
import { matchesForSlot } from "@/lib/matching/data";
import { employerProposal, employerProposals, proposableParticipants } from "@/lib/placements/data/proposals";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const MARIT = "marit@naeringsforum-bergen.example";
/** The municipality admin: sees the whole municipality's participants. */
const ADMIN = EMAILS.ragnhild;
const EIRIK = "eirik.nesttun@nav.example";
const NAME = "Vera Synlig";
const HOUR = 3_600_000;

/** One participant shown everywhere outside the municipality: proposals, matches, two fairs. */
/** The nth enrolled Bergen participant, with both sharing consents in force. */
async function participant(nth: number): Promise<string> {
  const rows = await h.db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.municipalityId, stableId("org:bergen-kommune")), eq(participants.status, "enrolled")))
    .orderBy(asc(participants.id));
  const pid = rows[nth].id;
  await h.db.delete(consents).where(eq(consents.participantId, pid));
  await h.db.insert(consents).values(
    (["share_employers", "share_fair_exhibitors"] as const).map((scope) => ({
      participantId: pid,
      scope,
      givenOn: "2026-01-05",
      method: "signed_form" as const,
    })),
  );
  return pid;
}

async function fixture(nth: number) {
  const pid = await participant(nth);
  await h.db
    .update(participants)
    // The test slots start in 2030: a programme ending before that would keep her out of the matches.
    .set({
      firstName: "Vera",
      lastName: "Synlig",
      hoursPerWeek: null,
      availableFrom: null,
      drivingLicence: true,
      programmeEnd: "2031-06-30",
    })
    .where(eq(participants.id, pid));
  await h.db.delete(participantWishes).where(eq(participantWishes.participantId, pid));
  await h.db.insert(participantWishes).values({ participantId: pid, iscoCode: "9313", rank: 1 });
  const matchSlot = await insertSlot(h.db);
  const proposed = await insertPlacement(h.db, await insertSlot(h.db), pid, "proposed");
  const declined = await insertPlacement(h.db, await insertSlot(h.db), pid, "declined_by_employer");
  // A fair to come, its schedule published; and one just over, whose leads are open.
  const startsAt = new Date(Date.now() + 48 * HOUR);
  const upcoming = await makeFair(h.db, { startsAt });
  await h.db
    .update(events)
    .set({ interviewStartsAt: startsAt, interviewMinutes: 15, interviewRounds: 3 })
    .where(eq(events.id, upcoming));
  const past = await makeFair(h.db);
  const stands = {
    upcoming: await addStand(h.db, upcoming, "bergen-employer-1", {
      registeredBy: stableId(`user:${EMAILS.torstein}`),
    }),
    past: await addStand(h.db, past, "bergen-employer-1"),
  };
  const registration = { name: NAME, participantId: pid, registeredBy: stableId(`user:${ADMIN}`) };
  const upcomingCandidate = await addCandidate(h.db, upcoming, registration);
  const pastCandidate = await addCandidate(h.db, past, registration);
  await addInterview(h.db, upcoming, upcomingCandidate, stands.upcoming);
  await addInterview(h.db, past, pastCandidate, stands.past);
  await addEmployerWish(h.db, past, pastCandidate, stands.past);
  return { pid, matchSlot, proposed, declined, upcoming, past, upcomingCandidate, pastCandidate };
}

type Fixture = Awaited<ReturnType<typeof fixture>>;
const asText = (value: unknown) => JSON.stringify(value);

/** Each read, its audience, and what it shows of the person (as text, so a name anywhere counts). */
const READS: { read: string; audience: ConsentScope | "council"; shows: (f: Fixture) => Promise<string> }[] = [
  {
    read: "matching: ranked participants for a slot",
    audience: "share_employers",
    shows: async (f) => asText((await matchesForSlot(await ctxFor(h.db, ADMIN), f.matchSlot)).matches),
  },
  {
    read: "proposing: participants who may be proposed for a slot",
    audience: "share_employers",
    shows: async (f) => asText(await proposableParticipants(await ctxFor(h.db, ADMIN), f.matchSlot)),
  },
  {
    read: "the employer's proposal inbox",
    audience: "share_employers",
    shows: async () => asText(await employerProposals(await ctxFor(h.db, EMAILS.torstein))),
  },
  {
    read: "one proposal, declined by the employer",
    audience: "share_employers",
    shows: async (f) => asText(await employerProposal(await ctxFor(h.db, EMAILS.torstein), f.declined)),
  },
  {
    read: "one proposal waiting for an answer",
    audience: "share_employers",
    shows: async (f) => asText(await employerProposal(await ctxFor(h.db, EMAILS.torstein), f.proposed)),
  },
  {
    read: "the exhibitor's candidates tab (fair to come)",
    audience: "share_fair_exhibitors",
    shows: async (f) => asText(await listForExhibitor(await ctxFor(h.db, EMAILS.torstein), f.upcoming)),
  },
  {
    read: "the exhibitor's candidates tab (fair over)",
    audience: "share_fair_exhibitors",
    shows: async (f) => asText(await listForExhibitor(await ctxFor(h.db, EMAILS.torstein), f.past)),
  },
  {
    read: "the employer's published interview schedule",
    audience: "share_fair_exhibitors",
    shows: async (f) => asText(await viewerSchedule(await ctxFor(h.db, EMAILS.torstein), f.upcoming)),
  },
  {
    read: "the employer's interview calendar file (.ics)",
    audience: "share_fair_exhibitors",
    shows: async (f) => (await viewerCalendar(await ctxFor(h.db, EMAILS.torstein), f.upcoming, "nb")).body,
  },
  {
    read: "the employer's leads after the fair",
    audience: "share_fair_exhibitors",
    shows: async (f) => asText(await listEmployerLeads(await ctxFor(h.db, EMAILS.torstein), f.past)),
  },
  {
    read: "the organizer's candidate list",
    audience: "share_fair_exhibitors",
    shows: async (f) => asText(await listCandidates(await ctxFor(h.db, MARIT), f.past, { page: 1, pageSize: 50 })),
  },
  {
    read: "the organizer's interview schedule",
    audience: "share_fair_exhibitors",
    shows: async (f) => asText((await staffSchedule(await ctxFor(h.db, MARIT), f.upcoming)).rows),
  },
];

/** Reads that never show a person at all, consent or not: figures only. */
const FIGURES_ONLY: { read: string; shows: (f: Fixture) => Promise<string> }[] = [
  { read: "the fair report", shows: async (f) => asText(await fairReport(await ctxFor(h.db, MARIT), f.past)) },
  {
    read: "the council dashboard of a partner (NAV)",
    shows: async () => asText(await councilDashboard(await ctxFor(h.db, EIRIK))),
  },
];

async function withdraw(pid: string, scope: ConsentScope) {
  const [row] = await h.db
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.participantId, pid), eq(consents.scope, scope), isNull(consents.withdrawnAt)));
  await withdrawConsent(await ctxFor(h.db, ADMIN), pid, row.id);
}

describe("consent visibility, per audience", () => {
  it("every listed read shows the person while the consent is in force, and drops them the moment it is withdrawn", async () => {
    const f = await fixture(0);
    for (const r of READS) expect(await r.shows(f), `before: ${r.read}`).toContain("Vera");
    await withdraw(f.pid, "share_employers");
    for (const r of READS) {
      const shown = await r.shows(f);
      if (r.audience === "share_employers") expect(shown, `after: ${r.read}`).not.toContain("Vera");
      else expect(shown, `untouched by the other consent: ${r.read}`).toContain("Vera");
    }
    await withdraw(f.pid, "share_fair_exhibitors");
    for (const r of READS) expect(await r.shows(f), `after: ${r.read}`).not.toContain("Vera");
    for (const r of FIGURES_ONLY) expect(await r.shows(f), r.read).not.toContain("Vera");
  });

  it("keeps the published interview as a cancelled line without the name, and removes nothing else", async () => {
    const f = await fixture(1);
    await withdraw(f.pid, "share_fair_exhibitors");
    const view = await viewerSchedule(await ctxFor(h.db, EMAILS.torstein), f.upcoming);
    expect(view.published && view.lines.map((l) => [l.candidateName, l.profile])).toEqual([[null, null]]);
    const ics = (await viewerCalendar(await ctxFor(h.db, EMAILS.torstein), f.upcoming, "nb")).body;
    expect(ics).toContain("Intervju avlyst");
    // The past fair's registration is history: kept, only no longer named.
    const [past] = await h.db
      .select({ status: fairCandidates.status })
      .from(fairCandidates)
      .where(eq(fairCandidates.id, f.pastCandidate));
    expect(past.status).toBe("registered");
  });
});

describe("withdrawing the consent to share with exhibitors", () => {
  it("cancels registrations for fairs to come, moves the waitlist up, drops unpublished interviews and tells the organizer by count", async () => {
    const pid = await participant(2);
    const fair = await makeFair(h.db, { startsAt: new Date(Date.now() + 72 * HOUR), capacity: 1, published: false });
    const stand = await addStand(h.db, fair, "bergen-employer-2");
    const mine = await addCandidate(h.db, fair, { name: "Sara Trekker", participantId: pid });
    const next = await addCandidate(h.db, fair, {
      name: "Neste Pa Lista",
      email: `neste${Math.random()}@example.no`,
      status: "waitlisted",
    });
    await addInterview(h.db, fair, mine, stand);
    const before = new Date();
    await withdraw(pid, "share_fair_exhibitors");

    const rows = await h.db
      .select({ id: fairCandidates.id, status: fairCandidates.status })
      .from(fairCandidates)
      .where(eq(fairCandidates.eventId, fair));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [mine]: "cancelled",
      [next]: "registered",
    });
    expect(await h.db.select().from(fairInterviews).where(eq(fairInterviews.candidateId, mine))).toEqual([]);
    const told = (await h.db.select().from(emailOutbox)).filter(
      (m) => m.template === "fair_consent_cancelled" && m.createdAt >= before,
    );
    expect(told).toHaveLength(1);
    expect(told[0].toAddress).toBe(MARIT);
    expect(told[0].textBody).toContain("Én påmelding");
    expect(told[0].textBody).not.toContain("Sara");
    // The organizer's list keeps the cancelled row, without the name.
    const list = await listCandidates(await ctxFor(h.db, MARIT), fair, { page: 1, pageSize: 50 });
    expect(list.rows.find((r) => r.id === mine)).toMatchObject({ name: null, status: "cancelled", occupations: [] });
  });
});
