import "server-only";
// The recipient's side of an invitation: public, found by the token in the link.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { events, invitationCampaigns, invitationRecipients, invitationUnsubscribes, organizations } from "@/db/schema";
import type { EventKind } from "@/db/schema/events";
import { invitationRecipientIdByToken, voidInvitationTokens } from "@/lib/access-tokens/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { acceptsAnswers, type RecipientStatus } from "../rules";

export interface PublicInvitation {
  email: string;
  status: RecipientStatus;
  associationName: string;
  unsubscribed: boolean;
  open: boolean;
  event: {
    id: string;
    kind: EventKind;
    title: string;
    description: string;
    startsAt: Date;
    endsAt: Date;
    venue: string;
    status: string;
  };
}

/** The recipient behind a link. Unknown, expired and voided tokens are all NotFoundError. */
async function findByToken(token: string, now = new Date()) {
  const recipientId = await invitationRecipientIdByToken(token, now);
  if (!recipientId) throw new NotFoundError("invitation");
  const db = await getDb();
  const [row] = await db
    .select({
      id: invitationRecipients.id,
      email: invitationRecipients.email,
      status: invitationRecipients.status,
      employerId: invitationRecipients.employerId,
      associationId: events.associationId,
      associationName: organizations.name,
      event: {
        id: events.id,
        kind: events.kind,
        title: events.title,
        description: events.description,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        venue: events.venue,
        status: events.status,
      },
    })
    .from(invitationRecipients)
    .innerJoin(invitationCampaigns, eq(invitationCampaigns.id, invitationRecipients.campaignId))
    .innerJoin(events, eq(events.id, invitationCampaigns.eventId))
    .innerJoin(organizations, eq(organizations.id, events.associationId))
    .where(eq(invitationRecipients.id, recipientId));
  if (!row) throw new NotFoundError("invitation");
  return row;
}

/** The invitation behind a link; an unknown or malformed token is NotFoundError. */
export async function loadInvitation(token: string, now = new Date()): Promise<PublicInvitation> {
  const row = await findByToken(token, now);
  const db = await getDb();
  const [unsub] = await db
    .select({ id: invitationUnsubscribes.id })
    .from(invitationUnsubscribes)
    .where(
      and(eq(invitationUnsubscribes.associationId, row.associationId), eq(invitationUnsubscribes.email, row.email)),
    );
  return {
    email: row.email,
    status: row.status,
    associationName: row.associationName,
    unsubscribed: Boolean(unsub),
    open: acceptsAnswers(row.event, now) && row.event.status !== "draft",
    event: row.event,
  };
}

/** Records the answer; answering again changes it. */
export async function respondToInvitation(
  token: string,
  answer: "register" | "decline",
  now = new Date(),
): Promise<{ eventId: string; kind: EventKind; status: RecipientStatus }> {
  const row = await findByToken(token, now);
  if (!acceptsAnswers(row.event, now) || row.event.status === "draft") throw new UserError("invitations.errors.closed");
  const status = answer === "register" ? "registered" : "declined";
  const db = await getDb();
  await db.update(invitationRecipients).set({ status, respondedAt: now }).where(eq(invitationRecipients.id, row.id));
  return { eventId: row.event.id, kind: row.event.kind, status };
}

/**
 * The address gets no more invitations from this association, and this recipient's links stop
 * working (every email's, not just the one used). The address being unsubscribed already is fine.
 */
export async function unsubscribeInvitation(token: string): Promise<{ associationName: string; email: string }> {
  const row = await findByToken(token);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .insert(invitationUnsubscribes)
      .values({ associationId: row.associationId, email: row.email })
      .onConflictDoNothing();
    await voidInvitationTokens(tx, row.id);
  });
  return { associationName: row.associationName, email: row.email };
}
