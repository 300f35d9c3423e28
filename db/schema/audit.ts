import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";
import { participants } from "./participants";

/**
 * Every read and change of a participant record. Append-only: the app has no function
 * to change or delete a row, and a database trigger refuses UPDATE and DELETE.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    participantId: uuid("participant_id").references(() => participants.id, { onDelete: "restrict" }),
    userId: text("user_id").references(() => users.id, { onDelete: "restrict" }),
    /** e.g. participant.read, participant.update, consent.withdraw, contact.create */
    action: text("action").notNull(),
    /** Which fields changed (names only, never their values). */
    details: jsonb("details").$type<Record<string, unknown>>(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_participant_at_idx").on(t.participantId, t.at),
    index("audit_log_municipality_at_idx").on(t.municipalityId, t.at),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
