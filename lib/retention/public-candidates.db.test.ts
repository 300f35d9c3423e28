// Issue 12: a public fair candidate's registration is deleted a set time after the fair, with
// everything that hangs on it, and afterwards no table holds their name, address or phone.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db";
import { accessTokens, emailOutbox, fairCandidates, fairInterviews, fairLeads, fairWishes } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { addCandidate, addInterview, addStand, makeFair } from "@/db/testing/fair";
import { insertPlacement, insertSlot, participantsOf } from "@/db/testing/placements";
import { searchEveryTable } from "@/db/testing/search";
import { deletePublicCandidates, runRetention } from "./data";

const now = new Date("2027-03-01T10:00:00Z");
const DAY = 86_400_000;
const monthsAgo = (n: number) => new Date(Date.UTC(2027, 2 - n, 1, 9));

/** Made-up identifiers found nowhere in the demo data. */
const GONE = { name: "Ghirmay Weldeslassie-Østby", email: "ghirmay.wo@retention.example", phone: "+47 934 56 781" };

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  // The demo data's own old rows go first, so each test counts only its own.
  await runRetention(now);
});

interface Built {
  gone: string;
  recent: string;
  inPipeline: string;
  participantRegistration: string;
  sameAddressLater: string;
  mailToGone: string;
  scheduleNamingGone: string;
  mailToSharedAddress: string;
}

/** Two fairs, 7 and 5 months ago, with public and participant registrations and their rows. */
async function build(): Promise<Built> {
  const old = await makeFair(h.db, { startsAt: new Date(monthsAgo(7).getTime() - DAY) });
  const newer = await makeFair(h.db, { startsAt: monthsAgo(5) });
  const stand = await addStand(h.db, old, "bergen-employer-1");
  const gone = await addCandidate(h.db, old, { ...GONE, shareWithExhibitors: true, educationField: "Elektro" });
  await h.db.insert(fairWishes).values({ eventId: old, candidateId: gone, standId: stand, by: "candidate" });
  await addInterview(h.db, old, gone, stand);
  await h.db
    .insert(fairLeads)
    .values({ eventId: old, candidateId: gone, standId: stand, kind: "job", note: "Ring Ghirmay" });
  await h.db.insert(accessTokens).values({
    tokenHash: "retention-test-manage-token",
    purpose: "fair_manage",
    fairCandidateId: gone,
    // Still in force, so only the registration's deletion can take it.
    expiresAt: new Date(now.getTime() + DAY),
  });

  // A public candidate whose lead became a placement: kept.
  const inPipeline = await addCandidate(h.db, old, { email: "i-pipeline@retention.example" });
  const [participantId] = await participantsOf(h.db, "bergen");
  const placementId = await insertPlacement(h.db, await insertSlot(h.db), participantId, "interview");
  await h.db
    .insert(fairLeads)
    .values({ eventId: old, candidateId: inPipeline, standId: stand, kind: "internship", placementId });

  // A participant's registration at the old fair: never deleted by this rule.
  const participantRegistration = await addCandidate(h.db, old, { participantId, name: "Deltaker Registrert" });

  // The same address at the old fair and at the newer one: only the old registration goes.
  const sharedOld = await addCandidate(h.db, old, { name: "Delt Adresse", email: "delt@retention.example" });
  const sameAddressLater = await addCandidate(h.db, newer, { name: "Delt Adresse", email: "delt@retention.example" });
  const recent = await addCandidate(h.db, newer, { email: "nylig@retention.example" });
  expect(sharedOld).not.toBe(sameAddressLater);

  const sent = { status: "sent" as const, createdAt: monthsAgo(7), sentAt: monthsAgo(7) };
  const mails = await h.db
    .insert(emailOutbox)
    .values([
      {
        ...sent,
        toAddress: GONE.email,
        subject: "Du er påmeldt",
        textBody: `Hei ${GONE.name}`,
        template: "fair_registration",
      },
      // Bodies this old are emptied anyway; the address stays unless the person goes.
      { ...sent, toAddress: "torstein@fjordkanten-bygg.example", subject: "Timeplan", textBody: "…", template: "x" },
      { ...sent, toAddress: "delt@retention.example", subject: "Du er påmeldt", textBody: "Hei", template: "x" },
      // A recent message naming the candidate (not yet past outbox retention): emptied with them.
      {
        status: "sent" as const,
        createdAt: new Date(now.getTime() - 2 * DAY),
        toAddress: "torstein@fjordkanten-bygg.example",
        subject: "Oppfølging",
        textBody: `Kandidat: ${GONE.name}, ${GONE.phone}`,
        template: "x",
      },
    ])
    .returning({ id: emailOutbox.id });
  return {
    gone,
    recent,
    inPipeline,
    participantRegistration,
    sameAddressLater,
    mailToGone: mails[0].id,
    scheduleNamingGone: mails[3].id,
    mailToSharedAddress: mails[2].id,
  };
}

const ids = async (table: typeof fairCandidates, candidateIds: string[]) =>
  (await h.db.select({ id: table.id }).from(table).where(inArray(table.id, candidateIds))).map((r) => r.id);

describe("deletePublicCandidates", () => {
  it("deletes a public registration 7 months after the fair with its wishes, interviews, leads and links", async () => {
    const b = await build();
    expect(await deletePublicCandidates(now, 6)).toBe(2);

    const all = [b.gone, b.recent, b.inPipeline, b.participantRegistration, b.sameAddressLater];
    expect((await ids(fairCandidates, all)).sort()).toEqual(
      [b.recent, b.inPipeline, b.participantRegistration, b.sameAddressLater].sort(),
    );
    for (const table of [fairWishes, fairInterviews, fairLeads])
      expect(await h.db.select().from(table).where(eq(table.candidateId, b.gone))).toEqual([]);
    expect(await h.db.select().from(accessTokens).where(eq(accessTokens.fairCandidateId, b.gone))).toEqual([]);
    // The kept candidate's lead is still in the pipeline.
    expect(await h.db.select().from(fairLeads).where(eq(fairLeads.candidateId, b.inPipeline))).toHaveLength(1);

    const mails = new Map((await h.db.select().from(emailOutbox)).map((m) => [m.id, m]));
    expect(mails.get(b.mailToGone)).toMatchObject({ toAddress: "", textBody: "", status: "sent" });
    expect(mails.get(b.scheduleNamingGone)).toMatchObject({ textBody: "", toAddress: "", status: "sent" });
    // The address still has a registration at the newer fair: its mail stays addressed.
    expect(mails.get(b.mailToSharedAddress)?.toAddress).toBe("delt@retention.example");
  });

  it("keeps every registration while the fair is less than the setting ago", async () => {
    const b = await build();
    expect(await deletePublicCandidates(now, 8)).toBe(0);
    expect(await ids(fairCandidates, [b.gone])).toEqual([b.gone]);
  });
});

describe("the retention job and a public candidate", () => {
  it("leaves no trace of a deleted public candidate's name, address or phone in any table", async () => {
    const b = await build();
    const needles = [GONE.name, GONE.email, GONE.phone, GONE.phone.replace(/\D/g, "").slice(-8)];
    expect((await searchEveryTable(h.db, needles)).length).toBeGreaterThan(2);

    const run = await runRetention(now);
    expect(run.fairCandidates).toEqual({ deleted: 2, months: 6 });
    expect(await searchEveryTable(h.db, needles)).toEqual([]);
    expect(await ids(fairCandidates, [b.participantRegistration])).toEqual([b.participantRegistration]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    await build();
    await runRetention(now);
    const before = await h.db.select().from(emailOutbox);
    const again = await runRetention(now);
    expect(again).toMatchObject({
      emails: { emptied: 0 },
      fairCandidates: { deleted: 0 },
      invitationRecipients: { deleted: 0 },
      accessTokens: { deleted: 0 },
    });
    expect(again.participants.every((r) => r.count === 0)).toBe(true);
    expect(await h.db.select().from(emailOutbox)).toEqual(before);
  });
});
