// The operators of an installation: they set up municipalities, associations, partners and
// councils (/admin). An operator is not a member of any organization and never sees a participant.
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const operators = pgTable(
  "operators",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Empty for the first operator (the setup link or `npm run operator:invite`). */
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("operators_invited_by_idx").on(t.invitedBy)],
);

/**
 * The one-time setup link printed on the first start of an installation without operators: only
 * the hash of its token is stored; it is void after 24 hours or once used.
 */
export const setupTokens = pgTable("setup_tokens", {
  id: uuid("id").primaryKey().defaultRandom(),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Operator = typeof operators.$inferSelect;
