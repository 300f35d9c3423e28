import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** A small text attachment, e.g. a calendar file (.ics). */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export const emailStatusEnum = pgEnum("email_status", ["pending", "sent", "failed"]);

// Every email is written here in the same transaction as the change that causes it;
// lib/email/deliver.ts sends pending rows and records each attempt.
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    template: text("template").notNull(),
    attachments: jsonb("attachments").$type<EmailAttachment[]>(),
    status: emailStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    // A worker claims a row until this time so several app servers never send it twice.
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    // Passed to Resend as its idempotency key, so a retried request never sends twice.
    idempotencyKey: uuid("idempotency_key").notNull().unique().defaultRandom(),
    providerMessageId: text("provider_message_id"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("email_outbox_status_next_idx").on(t.status, t.nextAttemptAt)],
);

export const emailAttempts = pgTable(
  "email_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    emailId: uuid("email_id")
      .notNull()
      .references(() => emailOutbox.id, { onDelete: "cascade" }),
    ok: boolean("ok").notNull(),
    error: text("error"),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("email_attempts_email_id_idx").on(t.emailId)],
);

export type Email = typeof emailOutbox.$inferSelect;
export type NewEmail = typeof emailOutbox.$inferInsert;
