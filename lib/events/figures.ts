import "server-only";
import { and, count, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { fairCandidates, fairInterviews, fairStands, invitationCampaigns, invitationRecipients } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";
import { loadEvent } from "./data";

export interface EventFigures {
  candidates: { registered: number; waitlisted: number; cancelled: number; checkedIn: number };
  stands: number;
  representatives: number;
  invitations: { sent: number; registered: number; declined: number };
  interviews: number;
}

/** The event's key figures, for the organizer and co-hosts only (others get NotFoundError). */
export async function eventFigures(ctx: Ctx, eventId: string): Promise<EventFigures> {
  await loadEvent(ctx, eventId, ["organizer", "cohost"]);
  const db = await getDb();
  const [byStatus, [checkedIn], [stands], invites, [interviews]] = await Promise.all([
    db
      .select({ status: fairCandidates.status, n: count() })
      .from(fairCandidates)
      .where(eq(fairCandidates.eventId, eventId))
      .groupBy(fairCandidates.status),
    db
      .select({ n: count() })
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, eventId), isNotNull(fairCandidates.checkedInAt))),
    db
      .select({ n: count(), people: sql<number>`coalesce(sum(${fairStands.representatives}), 0)::int` })
      .from(fairStands)
      .where(and(eq(fairStands.eventId, eventId), eq(fairStands.status, "registered"))),
    db
      .select({ status: invitationRecipients.status, n: count() })
      .from(invitationRecipients)
      .innerJoin(invitationCampaigns, eq(invitationCampaigns.id, invitationRecipients.campaignId))
      .where(eq(invitationCampaigns.eventId, eventId))
      .groupBy(invitationRecipients.status),
    db.select({ n: count() }).from(fairInterviews).where(eq(fairInterviews.eventId, eventId)),
  ]);
  const of = <K extends string>(rows: { status: K; n: number }[], k: K) => rows.find((r) => r.status === k)?.n ?? 0;
  return {
    candidates: {
      registered: of(byStatus, "registered"),
      waitlisted: of(byStatus, "waitlisted"),
      cancelled: of(byStatus, "cancelled"),
      checkedIn: checkedIn.n,
    },
    stands: stands.n,
    representatives: stands.people,
    // Every recipient was sent the invitation; "sent" counts them all, the others are answers.
    invitations: {
      sent: invites.reduce((s, r) => s + r.n, 0),
      registered: of(invites, "registered"),
      declined: of(invites, "declined"),
    },
    interviews: interviews.n,
  };
}
