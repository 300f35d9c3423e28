import "server-only";
// The keys in links to people without an account. A token is issued per email and stored only
// as its hash; a lookup refuses unknown, expired and voided tokens alike, so the page shows one
// "link not valid" answer for all of them.
import { and, eq, gt, inArray } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { accessTokens, fairCandidates, invitationCampaigns, invitationRecipients } from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import { authSecret } from "@/lib/config";
import { invitationTokenExpiry, isAccessToken, manageTokenExpiry, newAccessToken } from "./rules";

// Keeps each insert's parameter list well under PostgreSQL's limit of 65,535.
const CHUNK = 500;

/** A new manage-link token for a public fair candidate; the caller puts it in the email it writes in `tx`. */
export async function issueManageToken(tx: Tx, fairCandidateId: string, event: { endsAt: Date }): Promise<string> {
  const token = newAccessToken();
  await tx.insert(accessTokens).values({
    tokenHash: hashToken(token, authSecret()),
    purpose: "fair_manage",
    fairCandidateId,
    expiresAt: manageTokenExpiry(event),
  });
  return token;
}

/** New invitation-link tokens, one per recipient, in the order given. */
export async function issueInvitationTokens(
  tx: Tx,
  recipientIds: readonly string[],
  event: { endsAt: Date },
): Promise<string[]> {
  const secret = authSecret();
  const expiresAt = invitationTokenExpiry(event);
  const tokens = recipientIds.map(() => newAccessToken());
  for (let i = 0; i < recipientIds.length; i += CHUNK) {
    await tx.insert(accessTokens).values(
      recipientIds.slice(i, i + CHUNK).map((invitationRecipientId, j) => ({
        tokenHash: hashToken(tokens[i + j], secret),
        purpose: "invitation" as const,
        invitationRecipientId,
        expiresAt,
      })),
    );
  }
  return tokens;
}

async function validToken(token: string, now: Date) {
  if (!isAccessToken(token)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      purpose: accessTokens.purpose,
      fairCandidateId: accessTokens.fairCandidateId,
      invitationRecipientId: accessTokens.invitationRecipientId,
    })
    .from(accessTokens)
    .where(and(eq(accessTokens.tokenHash, hashToken(token, authSecret())), gt(accessTokens.expiresAt, now)));
  return row ?? null;
}

/** The fair candidate a manage link opens; null for a malformed, unknown, expired or voided token. */
export async function fairCandidateIdByToken(token: string, now = new Date()): Promise<string | null> {
  const row = await validToken(token, now);
  return row?.purpose === "fair_manage" ? row.fairCandidateId : null;
}

/** The invitation recipient a link opens; null for a malformed, unknown, expired or voided token. */
export async function invitationRecipientIdByToken(token: string, now = new Date()): Promise<string | null> {
  const row = await validToken(token, now);
  return row?.purpose === "invitation" ? row.invitationRecipientId : null;
}

/** Voids every link of one invitation recipient, sent or not. */
export async function voidInvitationTokens(tx: Tx, invitationRecipientId: string): Promise<void> {
  await tx.delete(accessTokens).where(eq(accessTokens.invitationRecipientId, invitationRecipientId));
}

/**
 * Moves the expiry of an event's links with its end, so a postponed event's links live as long
 * as the rule says. Voided links stay voided: they are deleted rows.
 */
export async function followEventEnd(tx: Tx, eventId: string, event: { endsAt: Date }): Promise<void> {
  await tx
    .update(accessTokens)
    .set({ expiresAt: manageTokenExpiry(event) })
    .where(
      inArray(
        accessTokens.fairCandidateId,
        tx.select({ id: fairCandidates.id }).from(fairCandidates).where(eq(fairCandidates.eventId, eventId)),
      ),
    );
  await tx
    .update(accessTokens)
    .set({ expiresAt: invitationTokenExpiry(event) })
    .where(
      inArray(
        accessTokens.invitationRecipientId,
        tx
          .select({ id: invitationRecipients.id })
          .from(invitationRecipients)
          .innerJoin(invitationCampaigns, eq(invitationCampaigns.id, invitationRecipients.campaignId))
          .where(eq(invitationCampaigns.eventId, eventId)),
      ),
    );
}
