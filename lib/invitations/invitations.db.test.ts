import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db";
import {
  accessTokens,
  associationMembers,
  emailOutbox,
  events,
  fairStands,
  invitationRecipients,
  invitationUnsubscribes,
} from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { loadInvitation, respondToInvitation, unsubscribeInvitation } from "./data/answers";
import { createCampaign, getCampaign, listCampaigns, resendCampaign } from "./data/campaigns";

let h: DbHandle;
let marit: Ctx;
let ingvild: Ctx;
const BERGEN = stableId("org:bergen-naering");
// Links are built from APP_URL alone.
const ORIGIN = "https://lagspill.kommune.example";
const opts = { locale: "nb" as const };
const DAY = 86_400_000;

beforeAll(async () => {
  vi.stubEnv("APP_URL", ORIGIN);
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
  marit = await ctxFor(h.db, "marit@naeringsforum-bergen.example");
  ingvild = await ctxFor(h.db, "ingvild@naeringsforum-trondheim.example");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await h.close();
});

let eventId: string;
let memberEmails: string[];
beforeEach(async () => {
  // Every test gets its own fair, and every Bergen member a known address.
  const [e] = await h.db
    .insert(events)
    .values({
      associationId: BERGEN,
      kind: "career_fair",
      title: "Testtorget",
      startsAt: new Date(Date.now() + 30 * DAY),
      endsAt: new Date(Date.now() + 30 * DAY + 6 * 3_600_000),
      venue: "Grieghallen",
      status: "published",
    })
    .returning({ id: events.id });
  eventId = e.id;
  await h.db.delete(invitationUnsubscribes);
  await h.db
    .update(associationMembers)
    .set({ contactEmail: sql`'post-' || ${associationMembers.employerId} || '@medlem.example'` })
    .where(eq(associationMembers.associationId, BERGEN));
  memberEmails = (
    await h.db
      .select({ e: associationMembers.contactEmail })
      .from(associationMembers)
      .where(eq(associationMembers.associationId, BERGEN))
  ).map((r) => r.e!);
});

const campaign = {
  subject: "Invitasjon",
  body: "Hei!\n\nVelkommen.",
  industry: null,
  sizeBand: null,
  extra: [] as string[],
};
const tokenOf = (text: string) => text.match(/\/invitations\/([A-Za-z0-9_-]{43})\n/)![1];
const outboxTo = (to: string[]) =>
  h.db.select().from(emailOutbox).where(inArray(emailOutbox.toAddress, to)).orderBy(emailOutbox.createdAt);

describe("sending a campaign", () => {
  it("creates a recipient and an outbox email per member with an address, plus extra addresses", async () => {
    const { campaignId, recipients } = await createCampaign(
      marit,
      eventId,
      { ...campaign, extra: ["gjest@ekstra.example", memberEmails[0]] },
      opts,
    );
    expect(recipients).toBe(memberEmails.length + 1);
    const rows = await h.db.select().from(invitationRecipients).where(eq(invitationRecipients.campaignId, campaignId));
    expect(rows.map((r) => r.email).sort()).toEqual([...memberEmails, "gjest@ekstra.example"].sort());
    expect(rows.find((r) => r.email === "gjest@ekstra.example")?.employerId).toBeNull();
    const mail = await outboxTo(["gjest@ekstra.example"]);
    expect(mail.at(-1)?.textBody).toContain(`${ORIGIN}/invitations/`);
    expect(mail.at(-1)?.textBody).toContain("/unsubscribe");
    // One token per recipient, stored as a hash only; the one in the email opens the invitation.
    const stored = await h.db
      .select()
      .from(accessTokens)
      .where(
        inArray(
          accessTokens.invitationRecipientId,
          rows.map((r) => r.id),
        ),
      );
    expect(stored).toHaveLength(rows.length);
    const token = tokenOf(mail.at(-1)!.textBody);
    expect(stored.every((r) => r.tokenHash !== token && !mail.at(-1)!.textBody.includes(r.tokenHash))).toBe(true);
    expect((await loadInvitation(token)).email).toBe("gjest@ekstra.example");
  });

  it("sends to the chosen segment only", async () => {
    const [m] = await h.db
      .select({ industry: sql<string>`o.industry` })
      .from(associationMembers)
      .innerJoin(sql`organizations o`, sql`o.id = ${associationMembers.employerId}`)
      .where(eq(associationMembers.associationId, BERGEN))
      .limit(1);
    const { campaignId } = await createCampaign(marit, eventId, { ...campaign, industry: m.industry as never }, opts);
    const details = await getCampaign(marit, eventId, campaignId);
    expect(details.recipients.length).toBeGreaterThan(0);
    expect(details.recipients.length).toBeLessThan(memberEmails.length);
  });

  it("voids the recipient's links on unsubscribing, and skips the address in later campaigns", async () => {
    const { campaignId } = await createCampaign(marit, eventId, campaign, opts);
    await createCampaign(marit, eventId, campaign, opts);
    const victim = memberEmails[1];
    const [mail, other] = (await outboxTo([victim])).slice(-2);
    const token = tokenOf(mail.textBody);
    expect((await loadInvitation(token)).unsubscribed).toBe(false);
    await unsubscribeInvitation(token);
    await expect(loadInvitation(token)).rejects.toBeInstanceOf(NotFoundError);
    await expect(unsubscribeInvitation(token)).rejects.toBeInstanceOf(NotFoundError);
    // The other campaign's link still opens its invitation, which knows the address unsubscribed.
    expect((await loadInvitation(tokenOf(other.textBody))).unsubscribed).toBe(true);
    await unsubscribeInvitation(tokenOf(other.textBody)); // the address unsubscribed already: fine
    const later = await createCampaign(marit, eventId, { ...campaign, extra: [victim] }, opts);
    const recipients = (await getCampaign(marit, eventId, later.campaignId)).recipients.map((r) => r.email);
    expect(recipients).not.toContain(victim);
    expect(recipients.length).toBe(memberEmails.length - 1);
    expect((await getCampaign(marit, eventId, campaignId)).recipients.length).toBe(memberEmails.length);
    expect((await getCampaign(marit, eventId, campaignId)).recipients.find((r) => r.email === victim)).toBeDefined();
  });

  it("refuses an event that is not published, and a campaign with nobody to send to", async () => {
    await h.db.update(events).set({ status: "draft" }).where(eq(events.id, eventId));
    await expect(createCampaign(marit, eventId, campaign, opts)).rejects.toMatchObject({
      key: "invitations.errors.notPublished",
    });
    await h.db.update(events).set({ status: "published" }).where(eq(events.id, eventId));
    await h.db
      .update(associationMembers)
      .set({ contactEmail: null })
      .where(eq(associationMembers.associationId, BERGEN));
    await expect(createCampaign(marit, eventId, campaign, opts)).rejects.toBeInstanceOf(UserError);
  });

  it("gives another association's staff a 404 for the event and the campaign", async () => {
    const { campaignId } = await createCampaign(marit, eventId, campaign, opts);
    await expect(listCampaigns(ingvild, eventId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCampaign(ingvild, eventId, campaignId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createCampaign(ingvild, eventId, campaign, opts)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resendCampaign(ingvild, eventId, campaignId, opts)).rejects.toBeInstanceOf(NotFoundError);
    // A campaign id under another event of the same association is not found either.
    const [other] = await h.db
      .insert(events)
      .values({
        associationId: BERGEN,
        kind: "info_meeting",
        title: "Annet",
        startsAt: new Date(Date.now() + DAY),
        endsAt: new Date(Date.now() + 2 * DAY),
        venue: "X",
        status: "published",
      })
      .returning({ id: events.id });
    await expect(getCampaign(marit, other.id, campaignId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resendCampaign(marit, other.id, campaignId, opts)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("answers and reminders", () => {
  it("records answers, counts a registered stand as registered, and reminds only those without an answer", async () => {
    const { campaignId } = await createCampaign(marit, eventId, campaign, opts);
    const members = await h.db
      .select({ employerId: associationMembers.employerId, email: associationMembers.contactEmail })
      .from(associationMembers)
      .where(eq(associationMembers.associationId, BERGEN));
    expect(members.length).toBeGreaterThanOrEqual(4);
    const [a, b, stand] = members.map((m) => ({ ...m, email: m.email! }));
    const tokenFor = async (email: string) => tokenOf((await outboxTo([email])).at(-1)!.textBody);
    expect(await respondToInvitation(await tokenFor(a.email), "decline")).toMatchObject({
      status: "declined",
      kind: "career_fair",
      eventId,
    });
    expect(await respondToInvitation(await tokenFor(b.email), "register")).toMatchObject({ status: "registered" });
    // A third company registers its stand from its portal, without answering: it counts as registered.
    await h.db.insert(fairStands).values({ eventId, employerId: stand.employerId });
    const fjordkantenEmail = stand.email;

    const after = await getCampaign(marit, eventId, campaignId);
    expect(after.recipients.find((r) => r.email === stand.email)?.status).toBe("registered");
    expect(after.counts).toEqual({
      sent: memberEmails.length,
      declined: 1,
      registered: 2,
      noAnswer: memberEmails.length - 3,
    });

    const reminded = await resendCampaign(marit, eventId, campaignId, opts);
    expect(reminded).toBe(after.counts.noAnswer);
    const rows = await h.db.select().from(invitationRecipients).where(eq(invitationRecipients.campaignId, campaignId));
    for (const r of rows) {
      const answered = r.email === a.email || r.email === b.email || r.email === fjordkantenEmail;
      expect(r.sendCount, r.email).toBe(answered ? 1 : 2);
    }
    const reminders = (await outboxTo(rows.map((r) => r.email))).filter((m) => m.subject.startsWith("Påminnelse"));
    expect(reminders.length).toBe(reminded);
    // The reminder carries a new link; the first email's link still works.
    const first = rows.find((r) => r.sendCount === 2)!;
    const mails = (await outboxTo([first.email])).filter((m) => m.textBody.includes("/invitations/"));
    const links = mails.slice(-2).map((m) => tokenOf(m.textBody));
    expect(new Set(links).size).toBe(2);
    for (const t of links) expect((await loadInvitation(t)).email).toBe(first.email);
  });

  it("takes no answers after the event and finds nothing for an unknown token", async () => {
    const { campaignId } = await createCampaign(marit, eventId, campaign, opts);
    const [r] = (await getCampaign(marit, eventId, campaignId)).recipients;
    const token = tokenOf((await outboxTo([r.email])).at(-1)!.textBody);
    await h.db.update(events).set({ status: "cancelled" }).where(eq(events.id, eventId));
    expect((await loadInvitation(token)).open).toBe(false);
    await expect(respondToInvitation(token, "register")).rejects.toMatchObject({ key: "invitations.errors.closed" });
    await expect(loadInvitation("x".repeat(43))).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadInvitation("not a token")).rejects.toBeInstanceOf(NotFoundError);
    await expect(unsubscribeInvitation("y".repeat(43))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps a link until the event's end, then answers it like an unknown one", async () => {
    const { campaignId } = await createCampaign(marit, eventId, campaign, opts);
    const [r] = (await getCampaign(marit, eventId, campaignId)).recipients;
    const token = tokenOf((await outboxTo([r.email])).at(-1)!.textBody);
    const [event] = await h.db.select({ endsAt: events.endsAt }).from(events).where(eq(events.id, eventId));
    const [row] = await h.db.select().from(accessTokens).where(eq(accessTokens.invitationRecipientId, r.id));
    expect(row.expiresAt).toEqual(event.endsAt);
    await h.db
      .update(accessTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accessTokens.invitationRecipientId, r.id));
    await expect(loadInvitation(token)).rejects.toBeInstanceOf(NotFoundError);
    await expect(respondToInvitation(token, "decline")).rejects.toBeInstanceOf(NotFoundError);
    await expect(unsubscribeInvitation(token)).rejects.toBeInstanceOf(NotFoundError);
  });
});
