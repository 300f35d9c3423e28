import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  associationMembers,
  fairStands,
  invitationCampaigns,
  invitationRecipients,
  invitationUnsubscribes,
  organizations,
} from "@/db/schema";
import type { Industry, SizeBand } from "@/db/schema/organizations";
import { issueInvitationTokens } from "@/lib/access-tokens/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/config";
import { localesOf, sendEmail } from "@/lib/email/data";
import { loadEvent } from "@/lib/events/data";
import type { Locale } from "@/lib/i18n/locale";
import { isUuid } from "@/lib/ids";
import { mayInvite } from "../access";
import { invitationEmail } from "../emails";
import { acceptsAnswers, campaignCounts, campaignRecipients, effectiveStatus, type RecipientStatus } from "../rules";
import type { CampaignInput } from "../schemas";

interface SendOpts {
  locale: Locale;
  now?: Date;
}

// A recipient counts as registered when their company has a registered stand at this event.
const hasStand = sql<boolean>`exists (select 1 from fair_stands fs where fs.event_id = ${invitationCampaigns.eventId} and fs.employer_id = ${invitationRecipients.employerId} and fs.status = 'registered')`;

export interface CampaignSummary {
  id: string;
  subject: string;
  industry: Industry | null;
  sizeBand: SizeBand | null;
  sentAt: Date | null;
  counts: ReturnType<typeof campaignCounts>;
}

async function statusesByCampaign(campaignIds: string[]): Promise<Map<string, RecipientStatus[]>> {
  const out = new Map<string, RecipientStatus[]>(campaignIds.map((id) => [id, []]));
  if (campaignIds.length === 0) return out;
  const db = await getDb();
  const rows = await db
    .select({ campaignId: invitationRecipients.campaignId, status: invitationRecipients.status, hasStand })
    .from(invitationRecipients)
    .innerJoin(invitationCampaigns, eq(invitationCampaigns.id, invitationRecipients.campaignId))
    .where(inArray(invitationRecipients.campaignId, campaignIds));
  for (const r of rows) out.get(r.campaignId)!.push(effectiveStatus(r.status, r.hasStand));
  return out;
}

/** The event's campaigns with how recipients answered. Organizer staff only. */
export async function listCampaigns(ctx: Ctx, eventId: string): Promise<CampaignSummary[]> {
  await loadEvent(ctx, eventId, mayInvite);
  const db = await getDb();
  const campaigns = await db
    .select({
      id: invitationCampaigns.id,
      subject: invitationCampaigns.subject,
      industry: invitationCampaigns.industry,
      sizeBand: invitationCampaigns.sizeBand,
      sentAt: invitationCampaigns.sentAt,
    })
    .from(invitationCampaigns)
    .where(eq(invitationCampaigns.eventId, eventId))
    .orderBy(desc(invitationCampaigns.createdAt));
  const statuses = await statusesByCampaign(campaigns.map((c) => c.id));
  return campaigns.map((c) => ({
    ...c,
    industry: c.industry as Industry | null,
    sizeBand: c.sizeBand as SizeBand | null,
    counts: campaignCounts(statuses.get(c.id)!),
  }));
}

export interface CampaignDetails extends CampaignSummary {
  body: string;
  recipients: {
    id: string;
    email: string;
    company: string | null;
    status: RecipientStatus;
    sendCount: number;
    lastSentAt: Date;
    respondedAt: Date | null;
  }[];
}

/** One campaign of the event, with every recipient; another event's campaign is NotFoundError. */
export async function getCampaign(ctx: Ctx, eventId: string, campaignId: string): Promise<CampaignDetails> {
  await loadEvent(ctx, eventId, mayInvite);
  if (!isUuid(campaignId)) throw new NotFoundError("campaign");
  const db = await getDb();
  const [campaign] = await db
    .select()
    .from(invitationCampaigns)
    .where(and(eq(invitationCampaigns.id, campaignId), eq(invitationCampaigns.eventId, eventId)));
  if (!campaign) throw new NotFoundError("campaign");
  const rows = await db
    .select({
      id: invitationRecipients.id,
      email: invitationRecipients.email,
      company: organizations.name,
      status: invitationRecipients.status,
      hasStand,
      sendCount: invitationRecipients.sendCount,
      lastSentAt: invitationRecipients.lastSentAt,
      respondedAt: invitationRecipients.respondedAt,
    })
    .from(invitationRecipients)
    .innerJoin(invitationCampaigns, eq(invitationCampaigns.id, invitationRecipients.campaignId))
    .leftJoin(organizations, eq(organizations.id, invitationRecipients.employerId))
    .where(eq(invitationRecipients.campaignId, campaignId))
    .orderBy(asc(invitationRecipients.email));
  const recipients = rows.map(({ hasStand: stand, ...r }) => ({ ...r, status: effectiveStatus(r.status, stand) }));
  return {
    id: campaign.id,
    subject: campaign.subject,
    body: campaign.body,
    industry: campaign.industry as Industry | null,
    sizeBand: campaign.sizeBand as SizeBand | null,
    sentAt: campaign.sentAt,
    counts: campaignCounts(recipients.map((r) => r.status)),
    recipients,
  };
}

/** Invitations go out only for a published event that has not ended. */
function assertInvitable(event: { status: string; endsAt: Date }, now: Date): void {
  if (event.status !== "published") throw new UserError("invitations.errors.notPublished");
  if (!acceptsAnswers(event, now)) throw new UserError("invitations.errors.eventOver");
}

// Each email gets a new token (lib/access-tokens): a reminder's link works alongside the first one's.
const links = (token: string) => ({
  respondUrl: `${appBaseUrl()}/invitations/${token}`,
  unsubscribeUrl: `${appBaseUrl()}/invitations/${token}/unsubscribe`,
});

/**
 * Sends a campaign in one transaction: the campaign, one recipient row per address (members
 * of the segment with a contact address, plus the extra addresses, minus unsubscribed ones),
 * and one email each in the outbox.
 */
export async function createCampaign(
  ctx: Ctx,
  eventId: string,
  input: Omit<CampaignInput, "eventId">,
  opts: SendOpts,
): Promise<{ campaignId: string; recipients: number }> {
  const { event, associationName } = await loadEvent(ctx, eventId, mayInvite);
  const now = opts.now ?? new Date();
  assertInvitable(event, now);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const members = await tx
      .select({
        employerId: associationMembers.employerId,
        industry: organizations.industry,
        sizeBand: organizations.sizeBand,
        contactEmail: associationMembers.contactEmail,
      })
      .from(associationMembers)
      .innerJoin(organizations, eq(organizations.id, associationMembers.employerId))
      .where(eq(associationMembers.associationId, event.associationId))
      .orderBy(asc(organizations.name));
    const unsubscribed = new Set(
      (
        await tx
          .select({ email: invitationUnsubscribes.email })
          .from(invitationUnsubscribes)
          .where(eq(invitationUnsubscribes.associationId, event.associationId))
      ).map((u) => u.email),
    );
    const recipients = campaignRecipients(
      members,
      { industry: input.industry, sizeBand: input.sizeBand },
      input.extra,
      unsubscribed,
    );
    if (recipients.length === 0) throw new UserError("invitations.errors.noRecipients");
    const [campaign] = await tx
      .insert(invitationCampaigns)
      .values({
        eventId,
        subject: input.subject,
        body: input.body,
        industry: input.industry,
        sizeBand: input.sizeBand,
        createdBy: ctx.userId,
        sentAt: now,
      })
      .returning({ id: invitationCampaigns.id });
    const rows = recipients.map((r) => ({ id: randomUUID(), ...r }));
    for (let i = 0; i < rows.length; i += 500) {
      await tx.insert(invitationRecipients).values(
        rows.slice(i, i + 500).map((r) => ({
          id: r.id,
          campaignId: campaign.id,
          employerId: r.employerId,
          email: r.email,
          lastSentAt: now,
        })),
      );
    }
    const tokens = await issueInvitationTokens(
      tx,
      rows.map((r) => r.id),
      event,
    );
    // The frame of the email (answer, unsubscribe) is in the recipient's language when the address
    // has an account, else in the sender's; the subject and text are the sender's own words.
    const localeFor = await localesOf(
      tx,
      rows.map((r) => r.email),
      opts.locale,
    );
    for (const [i, r] of rows.entries()) {
      const { respondUrl, unsubscribeUrl } = links(tokens[i]);
      await sendEmail(
        tx,
        invitationEmail(
          { to: r.email, subject: input.subject, body: input.body, associationName, respondUrl, unsubscribeUrl },
          localeFor(r.email),
        ),
      );
    }
    return { campaignId: campaign.id, recipients: rows.length };
  });
}

/** Sends a reminder to everyone who has not answered (and has not registered a stand or unsubscribed since). */
export async function resendCampaign(ctx: Ctx, eventId: string, campaignId: string, opts: SendOpts): Promise<number> {
  const { event, associationName } = await loadEvent(ctx, eventId, mayInvite);
  const now = opts.now ?? new Date();
  assertInvitable(event, now);
  if (!isUuid(campaignId)) throw new NotFoundError("campaign");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .select({ id: invitationCampaigns.id, subject: invitationCampaigns.subject, body: invitationCampaigns.body })
      .from(invitationCampaigns)
      .where(and(eq(invitationCampaigns.id, campaignId), eq(invitationCampaigns.eventId, eventId)));
    if (!campaign) throw new NotFoundError("campaign");
    const pending = await tx
      .update(invitationRecipients)
      .set({ sendCount: sql`${invitationRecipients.sendCount} + 1`, lastSentAt: now })
      .where(
        and(
          eq(invitationRecipients.campaignId, campaign.id),
          eq(invitationRecipients.status, "sent"),
          sql`not exists (select 1 from ${invitationUnsubscribes} u where u.association_id = ${event.associationId} and u.email = ${invitationRecipients.email})`,
          sql`not exists (select 1 from ${fairStands} fs where fs.event_id = ${eventId} and fs.employer_id = ${invitationRecipients.employerId} and fs.status = 'registered')`,
        ),
      )
      .returning({ id: invitationRecipients.id, email: invitationRecipients.email });
    if (pending.length === 0) throw new UserError("invitations.errors.nobodyToRemind");
    const tokens = await issueInvitationTokens(
      tx,
      pending.map((r) => r.id),
      event,
    );
    const localeFor = await localesOf(
      tx,
      pending.map((r) => r.email),
      opts.locale,
    );
    for (const [i, r] of pending.entries()) {
      const { respondUrl, unsubscribeUrl } = links(tokens[i]);
      await sendEmail(
        tx,
        invitationEmail(
          {
            to: r.email,
            subject: campaign.subject,
            body: campaign.body,
            associationName,
            respondUrl,
            unsubscribeUrl,
            reminder: true,
          },
          localeFor(r.email),
        ),
      );
    }
    return pending.length;
  });
}
