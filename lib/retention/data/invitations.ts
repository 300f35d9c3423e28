import "server-only";
import { eq, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { events, invitationCampaigns, invitationRecipients } from "@/db/schema";
import { isRecipientPastRetention } from "../rules";

// Keeps each statement's parameter list well under PostgreSQL's limit of 65,535.
const CHUNK = 1_000;

/**
 * Deletes invitation recipients of ended events whose address the association's member list no
 * longer holds, unless they said yes (isRecipientPastRetention), in one transaction; their
 * answer links go with them (foreign key cascade). invitation_unsubscribes are never touched:
 * they keep the address from getting invitations again. A past campaign's counts then count the
 * recipients that are left. Returns how many recipients it deleted.
 */
export async function deleteInvitationRecipients(now: Date): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: invitationRecipients.id,
        status: invitationRecipients.status,
        hasStand: sql<boolean>`exists (select 1 from fair_stands fs where fs.event_id = ${events.id} and fs.employer_id = ${invitationRecipients.employerId} and fs.status = 'registered')`,
        memberContact: sql<boolean>`exists (select 1 from association_members am where am.association_id = ${events.associationId} and lower(trim(am.contact_email)) = lower(${invitationRecipients.email}))`,
        eventEndsAt: events.endsAt,
      })
      .from(invitationRecipients)
      .innerJoin(invitationCampaigns, eq(invitationCampaigns.id, invitationRecipients.campaignId))
      .innerJoin(events, eq(events.id, invitationCampaigns.eventId))
      .where(lt(events.endsAt, now))
      .for("update", { of: invitationRecipients });
    const due = rows.filter((r) => isRecipientPastRetention(r, now)).map((r) => r.id);
    for (let i = 0; i < due.length; i += CHUNK)
      await tx.delete(invitationRecipients).where(inArray(invitationRecipients.id, due.slice(i, i + CHUNK)));
    return due.length;
  });
}
