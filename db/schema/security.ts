import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";

/**
 * Fixed-window counters for rate limits, in the database so the limits hold across
 * several app servers. key e.g. "magic-link:email:kari@x.no"; window_start truncated.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limits_window_idx").on(t.windowStart)],
);

/** Who invited, changed the role of, or deactivated whom: every change to people and roles. */
export const staffAudit = pgTable(
  "staff_audit",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Empty only for an operator's installation-wide action (setup, a council); see `details`. */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    targetUserId: text("target_user_id").references(() => users.id, { onDelete: "set null" }),
    /** One of StaffAuditAction in lib/audit/data.ts, where every row is written. */
    action: text("action").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("staff_audit_organization_at_idx").on(t.organizationId, t.at),
    index("staff_audit_actor_idx").on(t.actorUserId),
    index("staff_audit_target_idx").on(t.targetUserId),
  ],
);
