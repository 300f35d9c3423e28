import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  accessTokens,
  events,
  fairCandidates,
  invitationCampaigns,
  invitationRecipients,
  organizations,
} from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { hashToken } from "@/lib/auth/tokens";
import { authSecret } from "@/lib/config";
import {
  fairCandidateIdByToken,
  followEventEnd,
  invitationRecipientIdByToken,
  issueInvitationTokens,
  issueManageToken,
  voidInvitationTokens,
} from "./data";

let h: DbHandle;
const DAY = 86_400_000;
const endsAt = new Date("2030-03-05T14:00:00Z");
const beforeEnd = new Date("2030-03-01T10:00:00Z");
let eventId: string;
let candidateId: string;
let recipientIds: string[];

beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  const [org] = await h.db
    .insert(organizations)
    .values({ kind: "association", name: "Næringsforum Test", orgNumber: "999000111", city: "Bergen" })
    .returning({ id: organizations.id });
  const [event] = await h.db
    .insert(events)
    .values({
      associationId: org.id,
      kind: "career_fair",
      title: "Testtorg",
      venue: "Grieghallen",
      startsAt: new Date("2030-03-05T08:00:00Z"),
      endsAt,
      status: "published",
    })
    .returning({ id: events.id });
  eventId = event.id;
  const [c] = await h.db
    .insert(fairCandidates)
    .values({ eventId, name: "Amal Hassan", email: "amal@example.org", educationLevel: "vocational" })
    .returning({ id: fairCandidates.id });
  candidateId = c.id;
  const [campaign] = await h.db
    .insert(invitationCampaigns)
    .values({ eventId, subject: "Velkommen", body: "Meld dere på" })
    .returning({ id: invitationCampaigns.id });
  const recipients = await h.db
    .insert(invitationRecipients)
    .values(["a@firma.example", "b@firma.example"].map((email) => ({ campaignId: campaign.id, email })))
    .returning({ id: invitationRecipients.id });
  recipientIds = recipients.map((r) => r.id);
});
afterAll(async () => h.close());

const rowOf = async (token: string) =>
  (
    await h.db
      .select()
      .from(accessTokens)
      .where(eq(accessTokens.tokenHash, hashToken(token, authSecret())))
  )[0];

describe("manage tokens", () => {
  it("open the candidate until 30 days after the fair, and never store the token itself", async () => {
    const token = await issueManageToken(h.db, candidateId, { endsAt });
    expect(await fairCandidateIdByToken(token, beforeEnd)).toBe(candidateId);
    const row = await rowOf(token);
    expect(row).toMatchObject({ purpose: "fair_manage", fairCandidateId: candidateId, invitationRecipientId: null });
    expect(row.expiresAt).toEqual(new Date(endsAt.getTime() + 30 * DAY));
    const stored = await h.db.select().from(accessTokens);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((r) => r.tokenHash !== token && !JSON.stringify(r).includes(token))).toBe(true);
  });

  it("refuse an expired token like an unknown one", async () => {
    const token = await issueManageToken(h.db, candidateId, { endsAt });
    const expiry = new Date(endsAt.getTime() + 30 * DAY);
    expect(await fairCandidateIdByToken(token, new Date(expiry.getTime() - 1))).toBe(candidateId);
    expect(await fairCandidateIdByToken(token, expiry)).toBeNull();
    expect(await fairCandidateIdByToken("x".repeat(43), beforeEnd)).toBeNull();
    expect(await fairCandidateIdByToken("not a token", beforeEnd)).toBeNull();
  });

  it("each new one works alongside the earlier ones", async () => {
    const tokens = [
      await issueManageToken(h.db, candidateId, { endsAt }),
      await issueManageToken(h.db, candidateId, { endsAt }),
    ];
    expect(tokens[0]).not.toBe(tokens[1]);
    for (const t of tokens) expect(await fairCandidateIdByToken(t, beforeEnd)).toBe(candidateId);
  });

  it("do not open an invitation, and invitation tokens do not open a registration", async () => {
    const manage = await issueManageToken(h.db, candidateId, { endsAt });
    const [invitation] = await issueInvitationTokens(h.db, [recipientIds[0]], { endsAt });
    expect(await invitationRecipientIdByToken(manage, beforeEnd)).toBeNull();
    expect(await fairCandidateIdByToken(invitation, beforeEnd)).toBeNull();
  });

  it("refuses a token row without the target its purpose needs", async () => {
    await expect(
      h.db.insert(accessTokens).values({ tokenHash: "h1", purpose: "fair_manage", expiresAt: endsAt }),
    ).rejects.toThrow();
    await expect(
      h.db
        .insert(accessTokens)
        .values({ tokenHash: "h2", purpose: "invitation", fairCandidateId: candidateId, expiresAt: endsAt }),
    ).rejects.toThrow();
  });
});

describe("invitation tokens", () => {
  it("open their own recipient until the event ends", async () => {
    const tokens = await issueInvitationTokens(h.db, recipientIds, { endsAt });
    expect(await invitationRecipientIdByToken(tokens[0], beforeEnd)).toBe(recipientIds[0]);
    expect(await invitationRecipientIdByToken(tokens[1], beforeEnd)).toBe(recipientIds[1]);
    expect(await invitationRecipientIdByToken(tokens[0], endsAt)).toBeNull();
  });

  it("are voided for one recipient only, every email's link at once", async () => {
    const first = await issueInvitationTokens(h.db, recipientIds, { endsAt });
    const reminder = await issueInvitationTokens(h.db, [recipientIds[0]], { endsAt });
    await voidInvitationTokens(h.db, recipientIds[0]);
    expect(await invitationRecipientIdByToken(first[0], beforeEnd)).toBeNull();
    expect(await invitationRecipientIdByToken(reminder[0], beforeEnd)).toBeNull();
    expect(await invitationRecipientIdByToken(first[1], beforeEnd)).toBe(recipientIds[1]);
  });
});

describe("the event's end", () => {
  it("moves the expiry of every link of the event when the event is postponed", async () => {
    const manage = await issueManageToken(h.db, candidateId, { endsAt });
    const [invitation] = await issueInvitationTokens(h.db, [recipientIds[1]], { endsAt });
    const later = new Date(endsAt.getTime() + 7 * DAY);
    await followEventEnd(h.db, eventId, { endsAt: later });
    expect((await rowOf(manage)).expiresAt).toEqual(new Date(later.getTime() + 30 * DAY));
    expect((await rowOf(invitation)).expiresAt).toEqual(later);
    expect(await invitationRecipientIdByToken(invitation, new Date(endsAt.getTime() + DAY))).toBe(recipientIds[1]);
  });
});

describe("deleting the person's row", () => {
  it("deletes their tokens with it", async () => {
    const manage = await issueManageToken(h.db, candidateId, { endsAt });
    const [invitation] = await issueInvitationTokens(h.db, [recipientIds[1]], { endsAt });
    await h.db.delete(fairCandidates).where(eq(fairCandidates.id, candidateId));
    await h.db.delete(invitationRecipients).where(eq(invitationRecipients.id, recipientIds[1]));
    expect(await fairCandidateIdByToken(manage, beforeEnd)).toBeNull();
    expect(await invitationRecipientIdByToken(invitation, beforeEnd)).toBeNull();
    expect(await h.db.select().from(accessTokens).where(eq(accessTokens.fairCandidateId, candidateId))).toEqual([]);
    expect(
      await h.db.select().from(accessTokens).where(eq(accessTokens.invitationRecipientId, recipientIds[1])),
    ).toEqual([]);
  });
});
