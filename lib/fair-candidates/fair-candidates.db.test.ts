import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  accessTokens,
  auditLog,
  consents,
  emailOutbox,
  eventCohosts,
  events,
  fairCandidates,
  fairInterviews,
  fairLeads,
  fairStands,
  fairWishes,
  organizations,
  rateLimits,
} from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { registrationForm } from "@/db/testing/fair";
import { ctxFor } from "@/db/testing/ctx";
import { seed, stableId } from "@/db/seed";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { hit } from "@/lib/rate-limit/data";
import { LIMITS } from "@/lib/rate-limit/rules";
import { cancelParticipant, listOurParticipants, registerParticipant, registrationChoices } from "./data/participants";
import { cancelByToken, deleteByToken, getRegistration, registerPublic, saveWishesByToken } from "./data/public";
import { registrationSchema, type RegistrationInput } from "./schemas";
import { candidateFigures, listCandidates, listForExhibitor, setEmployerWish } from "./data/staff";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const MARIT = "marit@naeringsforum-bergen.example";
const JONAS = "jonas.kvamsdal@bergen.kommune.example";
const HENRIK = "henrik.byasveen@trondheim.kommune.example";
const TORSTEIN = "torstein@fjordkanten-bygg.example";
const EIRIK = "eirik.nesttun@nav.example";
const OLA = "ola@nidelva-bygg.example";
// Jonas's participants in the demo caseload: with the fair consent (bachelor, vocational) and without it.
const ABDIRAHMAN = stableId("participant:bergen-12");
const PATRICK = stableId("participant:bergen-14");
const DMYTRO = stableId("participant:bergen-13");
const TRONDHEIM_P = stableId("participant:trondheim-12");

const DAY = 24 * 3600_000;
let fairId: string;
let standIds: string[];
let seq = 0;

/** A fresh published Bergen fair (no seeded rows depend on it), with six stands. */
async function makeFair(over: Partial<typeof events.$inferInsert> = {}) {
  const now = Date.now();
  const [e] = await h.db
    .insert(events)
    .values({
      associationId: stableId("org:bergen-naering"),
      kind: "career_fair",
      title: `Testtorg ${++seq}`,
      venue: "Grieghallen",
      startsAt: new Date(now + 30 * DAY),
      endsAt: new Date(now + 30 * DAY + 5 * 3600_000),
      status: "published",
      capacity: 2,
      registrationOpensAt: new Date(now - DAY),
      registrationClosesAt: new Date(now + 20 * DAY),
      minEducation: "vocational",
      ...over,
    })
    .returning({ id: events.id });
  await h.db.insert(eventCohosts).values({ eventId: e.id, organizationId: stableId("org:bergen-kommune") });
  const stands = await h.db
    .insert(fairStands)
    .values(
      [1, 2, 3, 4, 5, 6].map((i) => ({
        eventId: e.id,
        employerId: stableId(`org:bergen-employer-${i}`),
        occupations: ["7115"],
      })),
    )
    .returning({ id: fairStands.id, employerId: fairStands.employerId });
  return {
    id: e.id,
    stands: stands.map((s) => s.id),
    fjordkantenStand: stands.find((s) => s.employerId === stableId("org:bergen-employer-1"))!.id,
  };
}

const form = (over: Record<string, string> = {}) =>
  registrationForm(fairId, { email: `amal${seq}@example.org`, ...over });
const input = (over: Record<string, string> = {}): RegistrationInput => registrationSchema.parse(form(over));
let ipSeq = 0;
const meta = () => ({ ip: `10.0.0.${++ipSeq}`, locale: "nb" as const });

/** The manage-link tokens in the emails to this address, oldest first. */
async function tokensFromEmails(to: string): Promise<string[]> {
  const rows = await h.db
    .select({ text: emailOutbox.textBody })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, to))
    .orderBy(emailOutbox.createdAt);
  return rows.flatMap((r) => r.text.match(/\/fairs\/registration\/([A-Za-z0-9_-]{43})/)?.[1] ?? []);
}

/** The manage-link token in the latest email to this address. */
async function tokenFromEmail(to: string): Promise<string> {
  const token = (await tokensFromEmails(to)).at(-1);
  if (!token) throw new Error(`no manage link to ${to}`);
  return token;
}

beforeEach(async () => {
  const f = await makeFair();
  fairId = f.id;
  standIds = f.stands;
});

describe("registration form schema", () => {
  it("shows the fair's eligibility rule at the education field together with other errors", () => {
    const r = registrationSchema.safeParse({ ...form({ educationLevel: "secondary", email: "" }), rule: "vocational" });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toMatchObject({ educationLevel: "publicFair.notEligible.vocational", email: "required" });
  });

  it("drops the country unless its own consent is ticked, and lower-cases the email", () => {
    const v = registrationSchema.parse(form({ countryConsent: "", email: "Amal@Example.ORG" }));
    expect(v).toMatchObject({
      countryOfOrigin: null,
      countryConsent: false,
      email: "amal@example.org",
      occupations: ["7411"],
    });
  });
});

describe("public registration", () => {
  it("gives places up to the capacity, then the waitlist; the same email changes nothing", async () => {
    expect(await registerPublic(input({ email: "a@example.org" }), meta())).toEqual({
      kind: "saved",
      status: "registered",
    });
    expect(await registerPublic(input({ email: "b@example.org" }), meta())).toEqual({
      kind: "saved",
      status: "registered",
    });
    expect(await registerPublic(input({ email: "c@example.org" }), meta())).toEqual({
      kind: "saved",
      status: "waitlisted",
    });
    // Registering again, in another case: the answer a newcomer gets now (the fair is full), and no change.
    expect(await registerPublic(input({ email: "A@Example.org", name: "Amal H. Hassan" }), meta())).toEqual({
      kind: "saved",
      status: "waitlisted",
    });
    const rows = await h.db.select().from(fairCandidates).where(eq(fairCandidates.eventId, fairId));
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.email === "a@example.org")).toMatchObject({
      name: "Amal Hassan",
      status: "registered",
      countryOfOrigin: "Sudan",
    });
    // Each email carries its own link, stored as a hash only; both of a@'s links work.
    const stored = await h.db
      .select()
      .from(accessTokens)
      .where(
        inArray(
          accessTokens.fairCandidateId,
          rows.map((r) => r.id),
        ),
      );
    expect(stored).toHaveLength(4);
    const links = await tokensFromEmails("a@example.org");
    expect(new Set(links).size).toBe(2);
    for (const t of links) expect((await getRegistration(t)).candidate.name).toBe("Amal Hassan");
    expect(stored.every((r) => !links.includes(r.tokenHash))).toBe(true);
    const mails = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "c@example.org"));
    expect(mails.at(-1)?.textBody).toContain("venteliste");
  });

  it("moves the earliest waitlisted up when someone cancels, and emails them", async () => {
    for (const e of ["p1", "p2", "w1", "w2"]) await registerPublic(input({ email: `${e}@example.org` }), meta());
    const token = await tokenFromEmail("p1@example.org");
    expect((await getRegistration(token)).candidate.status).toBe("registered");
    expect((await getRegistration(await tokenFromEmail("w2@example.org"))).waitlistPosition).toBe(2);
    await cancelByToken(token);
    const status = async (email: string) =>
      (
        await h.db
          .select({ s: fairCandidates.status })
          .from(fairCandidates)
          .where(and(eq(fairCandidates.eventId, fairId), eq(fairCandidates.email, email)))
      )[0].s;
    expect(await status("p1@example.org")).toBe("cancelled");
    expect(await status("w1@example.org")).toBe("registered");
    expect(await status("w2@example.org")).toBe("waitlisted");
    const mails = await h.db
      .select({ subject: emailOutbox.subject })
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "w1@example.org"));
    expect(mails.map((m) => m.subject)).toContain(`Du har fått plass: Testtorg ${seq}`);
    // The promotion email carries a new link; the one from the registration email still works.
    const w1Links = await tokensFromEmails("w1@example.org");
    expect(new Set(w1Links).size).toBe(2);
    for (const t of w1Links) expect((await getRegistration(t)).candidate.status).toBe("registered");
    // A cancelled registration's link still opens the page, which offers deleting the data.
    expect((await getRegistration(token)).candidate.status).toBe("cancelled");
    // Registering again does not bring a cancelled registration back.
    expect(await registerPublic(input({ email: "p1@example.org" }), meta())).toEqual({
      kind: "saved",
      status: "waitlisted",
    });
    expect(await status("p1@example.org")).toBe("cancelled");
  });

  it("deletes a candidate everywhere (wishes, interviews, leads), promotes the waitlist, and the link then is 404", async () => {
    for (const e of ["d1", "d2", "d3"]) await registerPublic(input({ email: `${e}@example.org` }), meta());
    const token = await tokenFromEmail("d1@example.org");
    await saveWishesByToken(token, standIds.slice(0, 2));
    const [c] = await h.db
      .select({ id: fairCandidates.id })
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, fairId), eq(fairCandidates.email, "d1@example.org")));
    await h.db
      .insert(fairInterviews)
      .values({ eventId: fairId, candidateId: c.id, standId: standIds[0], round: 0, tableNo: 0 });
    await h.db.insert(fairLeads).values({ eventId: fairId, candidateId: c.id, standId: standIds[0], kind: "job" });
    await deleteByToken(token);
    for (const table of [fairWishes, fairInterviews, fairLeads])
      expect(await h.db.select().from(table).where(eq(table.candidateId, c.id))).toEqual([]);
    expect(await h.db.select().from(fairCandidates).where(eq(fairCandidates.id, c.id))).toEqual([]);
    expect(await h.db.select().from(accessTokens).where(eq(accessTokens.fairCandidateId, c.id))).toEqual([]);
    await expect(getRegistration(token)).rejects.toBeInstanceOf(NotFoundError);
    const [d3] = await h.db
      .select({ s: fairCandidates.status })
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, fairId), eq(fairCandidates.email, "d3@example.org")));
    expect(d3.s).toBe("registered");
  });

  it("gives the link 30 days after the fair, then answers an expired link like an unknown one", async () => {
    await registerPublic(input({ email: "late@example.org" }), meta());
    const token = await tokenFromEmail("late@example.org");
    const [c] = await h.db
      .select({ id: fairCandidates.id, endsAt: events.endsAt })
      .from(fairCandidates)
      .innerJoin(events, eq(events.id, fairCandidates.eventId))
      .where(and(eq(fairCandidates.eventId, fairId), eq(fairCandidates.email, "late@example.org")));
    const [row] = await h.db.select().from(accessTokens).where(eq(accessTokens.fairCandidateId, c.id));
    expect(row.expiresAt).toEqual(new Date(c.endsAt.getTime() + 30 * DAY));
    await h.db
      .update(accessTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accessTokens.fairCandidateId, c.id));
    await expect(getRegistration(token)).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelByToken(token)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteByToken(token)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("takes up to five wishes for the fair's own stands and refuses a sixth", async () => {
    await registerPublic(input({ email: "wish@example.org" }), meta());
    const token = await tokenFromEmail("wish@example.org");
    await saveWishesByToken(token, standIds.slice(0, 5));
    expect((await getRegistration(token)).wishes.sort()).toEqual(standIds.slice(0, 5).sort());
    await expect(saveWishesByToken(token, standIds)).rejects.toMatchObject({
      key: "fairCandidates.errors.tooManyWishes",
    });
    const other = await makeFair();
    await expect(saveWishesByToken(token, [other.stands[0]])).rejects.toBeInstanceOf(UserError);
    await saveWishesByToken(token, [standIds[1]]);
    expect((await getRegistration(token)).wishes).toEqual([standIds[1]]);
  });

  it("refuses education below the rule at its field, and closed or draft fairs", async () => {
    await expect(registerPublic(input({ educationLevel: "secondary" }), meta())).rejects.toMatchObject({
      key: "publicFair.notEligible.vocational",
      field: "educationLevel",
    });
    const closed = await makeFair({ registrationClosesAt: new Date(Date.now() - 1000) });
    await expect(registerPublic(input({ eventId: closed.id }), meta())).rejects.toMatchObject({
      key: "publicFair.errors.closed",
    });
    const draft = await makeFair({ status: "draft" });
    await expect(registerPublic(input({ eventId: draft.id }), meta())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is rate-limited per network address", async () => {
    const now = new Date();
    for (let i = 0; i < LIMITS.fairRegistrationPerIp.limit; i++)
      await hit("fair-registration:ip:192.0.2.7", LIMITS.fairRegistrationPerIp, now);
    const r = await registerPublic(input({ email: "spam@example.org" }), { ip: "192.0.2.7", locale: "nb", now });
    expect(r.kind).toBe("rateLimited");
    expect(r.kind === "rateLimited" && r.minutes).toBeGreaterThanOrEqual(1);
    expect(await h.db.select().from(fairCandidates).where(eq(fairCandidates.email, "spam@example.org"))).toEqual([]);
    await h.db.delete(rateLimits);
  });
});

describe("programme participants", () => {
  it("needs the consent to share with exhibitors, snapshots the profile and audits", async () => {
    const jonas = await ctxFor(h.db, JONAS);
    await expect(registerParticipant(jonas, fairId, DMYTRO)).rejects.toMatchObject({
      key: "fairCandidates.errors.noConsent",
    });
    expect(await registerParticipant(jonas, fairId, PATRICK)).toBe("registered");
    await expect(registerParticipant(jonas, fairId, PATRICK)).rejects.toMatchObject({
      key: "fairCandidates.errors.alreadyRegistered",
    });
    const [row] = await h.db
      .select()
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, fairId), eq(fairCandidates.participantId, PATRICK)));
    expect(row).toMatchObject({
      name: "Patrick Kabongo",
      educationLevel: "vocational",
      shareWithExhibitors: true,
      email: null,
      registeredBy: jonas.userId,
    });
    const audit = await h.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.participantId, PATRICK));
    expect(audit.map((a) => a.action)).toContain("fair.register");
    const choices = await registrationChoices(jonas, fairId);
    expect(choices.some((c) => c.id === PATRICK)).toBe(false);
    expect(choices.find((c) => c.id === DMYTRO)?.hasConsent).toBe(false);
    expect(choices.find((c) => c.id === ABDIRAHMAN)?.hasConsent).toBe(true);
  });

  it("waitlists at capacity and promotes on the consultant's cancellation, with an audit entry", async () => {
    const jonas = await ctxFor(h.db, JONAS);
    await registerPublic(input({ email: "x1@example.org" }), meta());
    expect(await registerParticipant(jonas, fairId, PATRICK)).toBe("registered");
    expect(await registerParticipant(jonas, fairId, ABDIRAHMAN)).toBe("waitlisted");
    const ours = await listOurParticipants(jonas, fairId);
    expect(ours.map((o) => [o.name, o.status]).sort()).toEqual([
      ["Abdirahman Nuur", "waitlisted"],
      ["Patrick Kabongo", "registered"],
    ]);
    await cancelParticipant(jonas, fairId, ours.find((o) => o.participantId === PATRICK)!.id);
    expect((await listOurParticipants(jonas, fairId)).find((o) => o.participantId === ABDIRAHMAN)?.status).toBe(
      "registered",
    );
    const audit = await h.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.participantId, PATRICK));
    expect(audit.map((a) => a.action)).toContain("fair.cancel");
  });

  it("keeps each municipality to its own participants and its own city's fairs", async () => {
    const henrik = await ctxFor(h.db, HENRIK);
    await expect(registerParticipant(henrik, fairId, PATRICK)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listOurParticipants(henrik, fairId)).rejects.toBeInstanceOf(NotFoundError);
    const [trondheimFair] = await h.db
      .insert(events)
      .values({
        associationId: stableId("org:trondheim-naering"),
        kind: "career_fair",
        title: "Trondheimstorget",
        venue: "Spektrum",
        startsAt: new Date(Date.now() + 9 * DAY),
        endsAt: new Date(Date.now() + 9 * DAY + 3600_000),
        status: "published",
      })
      .returning({ id: events.id });
    await expect(registerParticipant(henrik, trondheimFair.id, PATRICK)).rejects.toBeInstanceOf(NotFoundError);
    expect(await registerParticipant(henrik, trondheimFair.id, TRONDHEIM_P)).toBe("registered");
    const jonas = await ctxFor(h.db, JONAS);
    await expect(listOurParticipants(jonas, trondheimFair.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("who sees which candidates", () => {
  it("shows association staff the fair snapshot only, never participant record fields", async () => {
    await registerParticipant(await ctxFor(h.db, JONAS), fairId, PATRICK);
    await registerPublic(input({ email: "pub@example.org", name: "Public Person" }), meta());
    const marit = await ctxFor(h.db, MARIT);
    const { rows, total } = await listCandidates(marit, fairId, { page: 1, pageSize: 50 });
    expect(total).toBe(2);
    for (const r of rows)
      expect(Object.keys(r).sort()).toEqual([
        "educationLevel",
        "id",
        "isParticipant",
        "name",
        "occupations",
        "registeredAt",
        "status",
        "waitlistPosition",
        "wishes",
      ]);
    expect(rows.find((r) => r.name === "Patrick Kabongo")?.isParticipant).toBe(true);
    // The organizer sees whom each candidate wants to meet (their own wishes, not the employers').
    const pub = rows.find((r) => r.name === "Public Person")!;
    expect(pub.wishes).toEqual([]);
    await h.db.insert(fairWishes).values([
      { eventId: fairId, candidateId: pub.id, standId: standIds[1], by: "candidate" as const },
      { eventId: fairId, candidateId: pub.id, standId: standIds[0], by: "candidate" as const },
      { eventId: fairId, candidateId: pub.id, standId: standIds[2], by: "employer" as const },
    ]);
    const employerNames = await h.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(
        inArray(
          organizations.id,
          [1, 2].map((i) => stableId(`org:bergen-employer-${i}`)),
        ),
      );
    const after = (await listCandidates(marit, fairId, { page: 1, pageSize: 50 })).rows;
    expect(after.find((r) => r.id === pub.id)?.wishes).toEqual(employerNames.map((o) => o.name).sort());
    expect(
      (await listCandidates(marit, fairId, { kind: "public", q: "public", page: 1, pageSize: 50 })).rows.map(
        (r) => r.name,
      ),
    ).toEqual(["Public Person"]);
    // Co-hosts and partners get figures; other roles' list access is 404.
    await expect(listCandidates(await ctxFor(h.db, EIRIK), fairId, { page: 1, pageSize: 50 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await h.db.insert(eventCohosts).values({ eventId: fairId, organizationId: stableId("org:nav-bergen") });
    // The organizer's staff get the exact count; a co-host (here NAV, a partner) gets "< 5" for 2 people.
    expect((await candidateFigures(marit, fairId)).status.registered).toEqual({ value: 2, suppressed: false });
    const cohost = await candidateFigures(await ctxFor(h.db, EIRIK), fairId);
    expect(cohost.status.registered).toEqual({ value: null, suppressed: true });
    expect(Object.values(cohost.education).every((s) => s?.suppressed)).toBe(true);
  });

  it("shows an exhibitor only consenting, registered candidates, with live participant consent", async () => {
    const jonas = await ctxFor(h.db, JONAS);
    await registerParticipant(jonas, fairId, PATRICK);
    await registerPublic(input({ email: "shares@example.org", name: "Shares Profile" }), meta());
    await registerPublic(input({ email: "private@example.org", name: "Keeps Private", share: "" }), meta());
    const torstein = await ctxFor(h.db, TORSTEIN);
    const names = async () => (await listForExhibitor(torstein, fairId)).rows.map((r) => r.name).sort();
    expect(await names()).toEqual(["Patrick Kabongo", "Shares Profile"]);
    const row = (await listForExhibitor(torstein, fairId)).rows[0];
    expect(Object.keys(row)).not.toContain("email");
    expect(Object.keys(row)).not.toContain("phone");
    // A withdrawn consent hides the participant at once.
    await h.db
      .update(consents)
      .set({ withdrawnAt: new Date() })
      .where(and(eq(consents.participantId, PATRICK), eq(consents.scope, "share_fair_exhibitors")));
    expect(await names()).toEqual(["Shares Profile"]);
    const patrick = (
      await h.db.select({ id: fairCandidates.id }).from(fairCandidates).where(eq(fairCandidates.participantId, PATRICK))
    )[0];
    await expect(setEmployerWish(torstein, fairId, patrick.id, true)).rejects.toBeInstanceOf(NotFoundError);
    await h.db
      .update(consents)
      .set({ withdrawnAt: null })
      .where(and(eq(consents.participantId, PATRICK), eq(consents.scope, "share_fair_exhibitors")));
  });

  it("lets an exhibitor mark whom they want to meet; without a stand, nothing; another city, 404", async () => {
    await registerPublic(input({ email: "meet@example.org", name: "Meet Me" }), meta());
    const torstein = await ctxFor(h.db, TORSTEIN);
    const [c] = (await listForExhibitor(torstein, fairId)).rows;
    await setEmployerWish(torstein, fairId, c.id, true);
    expect((await listForExhibitor(torstein, fairId)).rows[0]).toMatchObject({ weWish: true, wishedUs: false });
    await setEmployerWish(torstein, fairId, c.id, false);
    expect((await listForExhibitor(torstein, fairId)).rows[0].weWish).toBe(false);
    const wishes = await h.db
      .select()
      .from(fairWishes)
      .where(inArray(fairWishes.candidateId, [c.id]));
    expect(wishes).toEqual([]);

    await h.db.update(fairStands).set({ status: "cancelled" }).where(eq(fairStands.eventId, fairId));
    expect(await listForExhibitor(torstein, fairId)).toEqual({ stand: null, rows: [] });
    await expect(listForExhibitor(await ctxFor(h.db, OLA), fairId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
