// The cooperation council (samarbeidsråd): member organizations and their representatives,
// meetings with agenda, minutes, decisions and attendance, action items, and shared goals with
// their measure (a live metric from the pipeline or reported figures) and the partners' commitments.
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./auth";
import { organizations } from "./organizations";

export const councils = pgTable(
  "councils",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** The council's main municipality; `cities` lists every municipality it covers, this one first. */
    city: text("city").notNull(),
    cities: text("cities")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    chairId: uuid("chair_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    secretariatId: uuid("secretariat_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("councils_chair_idx").on(t.chairId), index("councils_secretariat_idx").on(t.secretariatId)],
);

/**
 * Member organizations with their history; the current ones (no `memberUntil`) see the council
 * workspace. Chair and secretariat are members too. Leaving closes the row; rejoining adds a new one.
 */
export const councilMembers = pgTable(
  "council_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: uuid("council_id")
      .notNull()
      .references(() => councils.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    memberSince: timestamp("member_since", { withTimezone: true }).notNull().defaultNow(),
    memberUntil: timestamp("member_until", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("council_members_current_key")
      .on(t.councilId, t.organizationId)
      .where(sql`${t.memberUntil} is null`),
    index("council_members_org_idx").on(t.organizationId),
  ],
);

/** Named representatives of a member organization (a Lagspill user or just a name and address). */
export const councilRepresentatives = pgTable(
  "council_representatives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: uuid("council_id")
      .notNull()
      .references(() => councils.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    title: text("title"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("council_representatives_key").on(t.councilId, t.email),
    index("council_representatives_org_idx").on(t.organizationId),
    index("council_representatives_user_idx").on(t.userId),
  ],
);

export const meetingStatusEnum = pgEnum("council_meeting_status", ["planned", "held", "cancelled"]);
export const minutesStatusEnum = pgEnum("council_minutes_status", ["none", "draft", "approved"]);

export const councilMeetings = pgTable(
  "council_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: uuid("council_id")
      .notNull()
      .references(() => councils.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    venue: text("venue").notNull(),
    status: meetingStatusEnum("status").notNull().default("planned"),
    invitationSentAt: timestamp("invitation_sent_at", { withTimezone: true }),
    /** Minutes as Markdown (rendered without raw HTML); written by the secretariat. */
    minutes: text("minutes").notNull().default(""),
    minutesStatus: minutesStatusEnum("minutes_status").notNull().default("none"),
    minutesApprovedAt: timestamp("minutes_approved_at", { withTimezone: true }),
    minutesApprovedBy: text("minutes_approved_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("council_meetings_council_starts_idx").on(t.councilId, t.startsAt),
    index("council_meetings_approved_by_idx").on(t.minutesApprovedBy),
    index("council_meetings_created_by_idx").on(t.createdBy),
  ],
);

export const councilAgendaItems = pgTable(
  "council_agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => councilMeetings.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    title: text("title").notNull(),
    /** The organization presenting the item. */
    ownerId: uuid("owner_id").references(() => organizations.id, { onDelete: "set null" }),
    minutes: smallint("minutes"),
    attachmentUrl: text("attachment_url"),
  },
  (t) => [
    index("council_agenda_items_meeting_idx").on(t.meetingId, t.position),
    index("council_agenda_items_owner_idx").on(t.ownerId),
  ],
);

export const councilDecisions = pgTable(
  "council_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => councilMeetings.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    text: text("text").notNull(),
  },
  (t) => [index("council_decisions_meeting_idx").on(t.meetingId, t.position)],
);

export const councilAttendance = pgTable(
  "council_attendance",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => councilMeetings.id, { onDelete: "cascade" }),
    representativeId: uuid("representative_id")
      .notNull()
      .references(() => councilRepresentatives.id, { onDelete: "cascade" }),
    present: boolean("present").notNull(),
  },
  (t) => [
    unique("council_attendance_key").on(t.meetingId, t.representativeId),
    index("council_attendance_rep_idx").on(t.representativeId),
  ],
);

export const actionStatusEnum = pgEnum("council_action_status", ["open", "in_progress", "done", "dropped"]);

export const councilActionItems = pgTable(
  "council_action_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: uuid("council_id")
      .notNull()
      .references(() => councils.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id").references(() => councilMeetings.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    ownerOrgId: uuid("owner_org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    /** The responsible person: a representative's name (free text, so it survives people leaving). */
    ownerName: text("owner_name"),
    ownerRepresentativeId: uuid("owner_representative_id").references(() => councilRepresentatives.id, {
      onDelete: "set null",
    }),
    dueOn: date("due_on").notNull(),
    status: actionStatusEnum("status").notNull().default("open"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("council_action_items_council_status_idx").on(t.councilId, t.status, t.dueOn),
    index("council_action_items_meeting_idx").on(t.meetingId),
    index("council_action_items_owner_org_idx").on(t.ownerOrgId),
    index("council_action_items_owner_rep_idx").on(t.ownerRepresentativeId),
    index("council_action_items_created_by_idx").on(t.createdBy),
  ],
);

export const councilActionComments = pgTable(
  "council_action_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actionItemId: uuid("action_item_id")
      .notNull()
      .references(() => councilActionItems.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("council_action_comments_item_idx").on(t.actionItemId, t.createdAt),
    index("council_action_comments_user_idx").on(t.userId),
  ],
);

export const goalLevelEnum = pgEnum("goal_level", ["micro", "meso", "macro"]);
export const goalMeasureEnum = pgEnum("goal_measure", ["live", "manual"]);
/** The live metrics a goal can be measured by (computed in lib/goals/metrics.ts). */
export const goalMetricEnum = pgEnum("goal_metric", [
  "work_or_education_share",
  "internship_slots_posted",
  "placements_agreed",
  "hires",
  "employers_first_placement",
  "fair_leads_to_placements",
  "median_days_to_employer_contact",
  "face_to_face_contacts_per_specialist_week",
  "first_contact_within_30_days_share",
]);
export const goalUnitEnum = pgEnum("goal_unit", ["percent", "count", "days", "per_week"]);

export const councilGoals = pgTable(
  "council_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    councilId: uuid("council_id")
      .notNull()
      .references(() => councils.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    why: text("why").notNull().default(""),
    level: goalLevelEnum("level").notNull(),
    baseline: numeric("baseline", { mode: "number" }).notNull(),
    target: numeric("target", { mode: "number" }).notNull(),
    /** Measured from this day (counts are per year from here; the chart starts here). */
    startsOn: date("starts_on").notNull(),
    deadline: date("deadline").notNull(),
    unit: goalUnitEnum("unit").notNull(),
    measure: goalMeasureEnum("measure").notNull(),
    metric: goalMetricEnum("metric"),
    /** Metric options, e.g. { "months": 36 } or { "membersOnly": true }. */
    metricParams: jsonb("metric_params").$type<Record<string, number | boolean>>().notNull().default({}),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("council_goals_council_idx").on(t.councilId), index("council_goals_created_by_idx").on(t.createdBy)],
);

/** Reported figures of a manually measured goal, with history. */
export const councilGoalReports = pgTable(
  "council_goal_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => councilGoals.id, { onDelete: "cascade" }),
    reportedFor: date("reported_for").notNull(),
    value: numeric("value", { mode: "number" }).notNull(),
    note: text("note"),
    reportedBy: text("reported_by").references(() => users.id, { onDelete: "set null" }),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("council_goal_reports_goal_idx").on(t.goalId, t.reportedFor),
    index("council_goal_reports_by_idx").on(t.reportedBy),
    index("council_goal_reports_org_idx").on(t.organizationId),
  ],
);

export const commitmentKindEnum = pgEnum("commitment_kind", ["hours", "money", "venue", "slots", "events"]);
export const commitmentStatusEnum = pgEnum("commitment_status", ["planned", "in_progress", "delivered", "dropped"]);

/** What a member organization contributes to a goal, and whether it has been delivered. */
export const councilCommitments = pgTable(
  "council_commitments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => councilGoals.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: commitmentKindEnum("kind").notNull(),
    /** Hours, NOK, number of slots or events; null for a venue. */
    amount: numeric("amount", { mode: "number" }),
    description: text("description").notNull(),
    status: commitmentStatusEnum("status").notNull().default("planned"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("council_commitments_goal_idx").on(t.goalId),
    index("council_commitments_org_idx").on(t.organizationId),
    index("council_commitments_updated_by_idx").on(t.updatedBy),
  ],
);

export type Council = typeof councils.$inferSelect;
export type CouncilMeeting = typeof councilMeetings.$inferSelect;
export type CouncilGoal = typeof councilGoals.$inferSelect;
export type GoalMetric = (typeof goalMetricEnum.enumValues)[number];
export type GoalLevel = (typeof goalLevelEnum.enumValues)[number];
export type GoalUnit = (typeof goalUnitEnum.enumValues)[number];
export type ActionStatus = (typeof actionStatusEnum.enumValues)[number];
export type CommitmentKind = (typeof commitmentKindEnum.enumValues)[number];
export type CommitmentStatus = (typeof commitmentStatusEnum.enumValues)[number];
