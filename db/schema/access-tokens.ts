// Keys in the links of emails to people without an account: a public fair candidate's manage
// link and an invitation's answer/unsubscribe link. Each email that carries a link gets a new
// random token; only its hash is stored, so a token cannot be rebuilt from the database.
import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { fairCandidates, invitationRecipients } from "./events";

export const accessTokenPurposeEnum = pgEnum("access_token_purpose", ["fair_manage", "invitation"]);

// Privacy: holds no personal data itself, but each row points at a person (candidate or recipient).
export const accessTokens = pgTable(
  "access_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** hashToken(token, AUTH_SECRET) from lib/auth/tokens; the token itself is only in the email. */
    tokenHash: text("token_hash").notNull().unique(),
    purpose: accessTokenPurposeEnum("purpose").notNull(),
    /** Deleting the registration deletes its links. */
    fairCandidateId: uuid("fair_candidate_id").references(() => fairCandidates.id, { onDelete: "cascade" }),
    invitationRecipientId: uuid("invitation_recipient_id").references(() => invitationRecipients.id, {
      onDelete: "cascade",
    }),
    /** Set from the event's end (lib/access-tokens/rules.ts) and moved with it when the event is edited. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("access_tokens_fair_candidate_idx").on(t.fairCandidateId),
    index("access_tokens_invitation_recipient_idx").on(t.invitationRecipientId),
    // Exactly the target that fits the purpose, so a manage token never opens an invitation.
    check(
      "access_tokens_target_check",
      sql`(${t.purpose} = 'fair_manage' and ${t.fairCandidateId} is not null and ${t.invitationRecipientId} is null) or (${t.purpose} = 'invitation' and ${t.invitationRecipientId} is not null and ${t.fairCandidateId} is null)`,
    ),
  ],
);

export type AccessTokenPurpose = (typeof accessTokenPurposeEnum.enumValues)[number];
