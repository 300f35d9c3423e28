// The retention job's parts for email bodies, invitation recipients and expired links.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db";
import {
  accessTokens,
  associationMembers,
  emailAttempts,
  emailOutbox,
  invitationCampaigns,
  invitationRecipients,
  invitationUnsubscribes,
} from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { addCandidate, addStand, makeFair } from "@/db/testing/fair";
import { deleteExpiredAccessTokens, deleteInvitationRecipients, emptyOldEmailBodies, runRetention } from "./data";

const now = new Date("2027-03-01T10:00:00Z");
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

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

async function mail(over: Partial<typeof emailOutbox.$inferInsert>): Promise<string> {
  const [row] = await h.db
    .insert(emailOutbox)
    .values({
      toAddress: "mottaker@retention.example",
      subject: "Timeplan for Amal Hassan",
      textBody: "Hei! Lenken din: http://localhost:3000/fairs/manage?token=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
      htmlBody: "<p>Hei!</p>",
      attachments: [{ filename: "timeplan.ics", contentType: "text/calendar", content: "SUMMARY:Amal Hassan" }],
      template: "interview_schedule",
      ...over,
    })
    .returning({ id: emailOutbox.id });
  return row.id;
}

const load = async (id: string) => (await h.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0];

describe("emptyOldEmailBodies", () => {
  it("empties a sent or failed message older than the setting and keeps its delivery facts", async () => {
    const sent = await mail({ status: "sent", createdAt: daysAgo(31), sentAt: daysAgo(31), attempts: 1 });
    const failed = await mail({ status: "failed", createdAt: daysAgo(40), attempts: 8, lastError: "mailbox full" });
    await h.db
      .insert(emailAttempts)
      .values({ emailId: failed, ok: false, error: "mailbox full", attemptedAt: daysAgo(40) });

    expect(await emptyOldEmailBodies(now, 30)).toBe(2);

    const s = await load(sent);
    expect(s).toMatchObject({
      subject: "",
      textBody: "",
      htmlBody: null,
      attachments: null,
      toAddress: "mottaker@retention.example",
      template: "interview_schedule",
      status: "sent",
      attempts: 1,
    });
    expect(s.sentAt?.toISOString()).toBe(daysAgo(31).toISOString());
    expect(await load(failed)).toMatchObject({
      textBody: "",
      status: "failed",
      attempts: 8,
      lastError: "mailbox full",
    });
    expect(await h.db.select().from(emailAttempts).where(eq(emailAttempts.emailId, failed))).toHaveLength(1);
  });

  it("never touches a queued message, however old, nor a recent one", async () => {
    const queued = await mail({ status: "pending", createdAt: daysAgo(90), attempts: 3 });
    const recent = await mail({ status: "sent", createdAt: daysAgo(29), sentAt: daysAgo(29) });
    expect(await emptyOldEmailBodies(now, 30)).toBe(0);
    for (const id of [queued, recent]) {
      const m = await load(id);
      expect(m.subject).toBe("Timeplan for Amal Hassan");
      expect(m.textBody).toContain("token=");
      expect(m.attachments).toHaveLength(1);
    }
    expect((await load(queued)).status).toBe("pending");
  });

  it("follows the setting, and a second run counts nothing", async () => {
    const tenDays = await mail({ status: "sent", createdAt: daysAgo(11), sentAt: daysAgo(11) });
    const run = await runRetention(now, { emailBodyDays: 10, fairCandidateMonths: 6 });
    expect(run.emails).toEqual({ emptied: 1, days: 10 });
    expect((await load(tenDays)).textBody).toBe("");
    expect(await emptyOldEmailBodies(now, 10)).toBe(0);
  });
});

describe("deleteInvitationRecipients", () => {
  const association = stableId("org:bergen-naering");

  async function campaign(eventId: string): Promise<string> {
    const [c] = await h.db
      .insert(invitationCampaigns)
      .values({ eventId, subject: "Invitasjon", body: "Velkommen", sentAt: daysAgo(40) })
      .returning({ id: invitationCampaigns.id });
    return c.id;
  }

  async function recipient(
    campaignId: string,
    email: string,
    over: Partial<typeof invitationRecipients.$inferInsert> = {},
  ): Promise<string> {
    const [r] = await h.db
      .insert(invitationRecipients)
      .values({ campaignId, email, ...over })
      .returning({ id: invitationRecipients.id });
    return r.id;
  }

  it("after the event, deletes addresses the member list does not hold, unless they said yes", async () => {
    const ended = await makeFair(h.db, { startsAt: daysAgo(10) });
    const upcoming = await makeFair(h.db, { startsAt: new Date(now.getTime() + 10 * DAY) });
    const c = await campaign(ended);
    const later = await campaign(upcoming);
    // A member's contact address, written as the member list import may have it.
    const [member] = await h.db
      .select({ id: associationMembers.id, employerId: associationMembers.employerId })
      .from(associationMembers)
      .where(eq(associationMembers.associationId, association))
      .limit(1);
    await h.db
      .update(associationMembers)
      .set({ contactEmail: " Post@Medlem.example " })
      .where(eq(associationMembers.id, member.id));
    const exhibitor = stableId("org:bergen-employer-2");
    await addStand(h.db, ended, "bergen-employer-2");

    const noAnswer = await recipient(c, "ingen-svar@retention.example");
    const declined = await recipient(c, "nei@retention.example", { status: "declined", respondedAt: daysAgo(20) });
    const unsubscribed = await recipient(c, "avmeldt@retention.example");
    await h.db
      .insert(invitationUnsubscribes)
      .values({ associationId: association, email: "avmeldt@retention.example" });
    const memberAddress = await recipient(c, "post@medlem.example", { employerId: member.employerId });
    const yes = await recipient(c, "ja@retention.example", { status: "registered", respondedAt: daysAgo(20) });
    const withStand = await recipient(c, "stand@retention.example", { employerId: exhibitor });
    const notOver = await recipient(later, "ingen-svar@retention.example");
    await h.db.insert(accessTokens).values({
      tokenHash: "retention-test-invitation-token",
      purpose: "invitation",
      invitationRecipientId: noAnswer,
      expiresAt: new Date(now.getTime() + DAY),
    });

    expect(await deleteInvitationRecipients(now)).toBe(3);

    const left = await h.db
      .select({ id: invitationRecipients.id })
      .from(invitationRecipients)
      .where(inArray(invitationRecipients.campaignId, [c, later]));
    expect(left.map((r) => r.id).sort()).toEqual([memberAddress, yes, withStand, notOver].sort());
    expect(left.map((r) => r.id)).not.toContain(noAnswer);
    expect([declined, unsubscribed].some((id) => left.some((r) => r.id === id))).toBe(false);
    // The unsubscribe stays, so the address never gets an invitation again; the links went with the row.
    expect(
      await h.db
        .select()
        .from(invitationUnsubscribes)
        .where(
          and(
            eq(invitationUnsubscribes.associationId, association),
            eq(invitationUnsubscribes.email, "avmeldt@retention.example"),
          ),
        ),
    ).toHaveLength(1);
    expect(
      await h.db.select().from(accessTokens).where(eq(accessTokens.tokenHash, "retention-test-invitation-token")),
    ).toEqual([]);

    // A member record that changes its address lets the old one go on the next run.
    await h.db
      .update(associationMembers)
      .set({ contactEmail: "ny@medlem.example" })
      .where(eq(associationMembers.id, member.id));
    expect(await deleteInvitationRecipients(now)).toBe(1);
    expect(await deleteInvitationRecipients(now)).toBe(0);
  });
});

describe("deleteExpiredAccessTokens", () => {
  it("deletes links that expired more than a week ago and keeps the rest", async () => {
    const eventId = await makeFair(h.db, { startsAt: daysAgo(60) });
    const candidateId = await addCandidate(h.db, eventId, { email: "lenke@retention.example" });
    const token = (hash: string, expiresAt: Date) =>
      h.db
        .insert(accessTokens)
        .values({ tokenHash: hash, purpose: "fair_manage", fairCandidateId: candidateId, expiresAt });
    await token("expired-long-ago", daysAgo(8));
    await token("expired-within-grace", daysAgo(6));
    await token("still-valid", new Date(now.getTime() + DAY));

    expect(await deleteExpiredAccessTokens(now)).toBe(1);
    const left = await h.db
      .select({ hash: accessTokens.tokenHash })
      .from(accessTokens)
      .where(eq(accessTokens.fairCandidateId, candidateId));
    expect(left.map((r) => r.hash).sort()).toEqual(["expired-within-grace", "still-valid"]);
    expect(await deleteExpiredAccessTokens(now)).toBe(0);
  });
});
