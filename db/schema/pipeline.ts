import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";
import { cefrEnum, participants } from "./participants";

export const slotKindEnum = pgEnum("slot_kind", ["internship", "job", "apprenticeship", "trainee"]);
export const slotStatusEnum = pgEnum("slot_status", ["draft", "open", "filled", "closed"]);
export const supportSchemeEnum = pgEnum("support_scheme", ["nav_wage_subsidy", "nav_work_training", "mentor_grant"]);

/** A recruitment need or internship slot (praksisplass) posted by an employer or on its behalf. */
export const slots = pgTable(
  "slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: slotKindEnum("kind").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    iscoCode: text("isco_code").notNull(),
    positions: smallint("positions").notNull().default(1),
    norwegianRequired: cefrEnum("norwegian_required"),
    requiresDrivingLicence: boolean("requires_driving_licence").notNull().default(false),
    otherRequirements: text("other_requirements"),
    area: text("area"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    hoursPerWeek: smallint("hours_per_week").notNull(),
    canLeadToJob: boolean("can_lead_to_job").notNull().default(false),
    mentorName: text("mentor_name"),
    /** Empty means "none". */
    supportSchemes: supportSchemeEnum("support_schemes").array().notNull().default([]),
    status: slotStatusEnum("status").notNull().default("draft"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("slots_employer_status_idx").on(t.employerId, t.status),
    index("slots_status_isco_idx").on(t.status, t.iscoCode),
    index("slots_created_by_idx").on(t.createdBy),
  ],
);

export const placementStageEnum = pgEnum("placement_stage", [
  "suggested",
  "proposed",
  "employer_interested",
  "interview",
  "agreement",
  "active",
  "completed",
  "declined_by_employer",
  "declined_by_participant",
  "withdrawn",
]);
export const placementOutcomeEnum = pgEnum("placement_outcome", ["hired", "education", "extended", "ended"]);

/** One participant proposed for one slot, from suggestion to outcome. */
export const placements = pgTable(
  "placements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => slots.id, { onDelete: "restrict" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    /** Denormalized from the participant and the slot so every query can scope by tenant. */
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    stage: placementStageEnum("stage").notNull().default("suggested"),
    outcome: placementOutcomeEnum("outcome"),
    closeReason: text("close_reason"),
    interviewAt: timestamp("interview_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("placements_slot_stage_idx").on(t.slotId, t.stage),
    index("placements_participant_idx").on(t.participantId),
    // Matching leaves out participants in an active placement: a few per municipality.
    index("placements_active_participant_idx")
      .on(t.participantId)
      .where(sql`${t.stage} = 'active'`),
    index("placements_municipality_stage_idx").on(t.municipalityId, t.stage),
    index("placements_employer_stage_idx").on(t.employerId, t.stage),
    index("placements_created_by_idx").on(t.createdBy),
    // A participant is in at most one open placement per slot.
    uniqueIndex("placements_open_per_slot_key")
      .on(t.slotId, t.participantId)
      .where(sql`stage not in ('completed', 'declined_by_employer', 'declined_by_participant', 'withdrawn')`),
  ],
);

/** Every move of a placement: who, when, from, to, and why. */
export const placementEvents = pgTable(
  "placement_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    placementId: uuid("placement_id")
      .notNull()
      .references(() => placements.id, { onDelete: "cascade" }),
    fromStage: placementStageEnum("from_stage"),
    toStage: placementStageEnum("to_stage").notNull(),
    byUserId: text("by_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("placement_events_placement_idx").on(t.placementId, t.at),
    // Moves to a stage in a time range, whichever placement (council dashboard and goals, reports).
    index("placement_events_stage_at_idx").on(t.toStage, t.at, t.placementId),
    index("placement_events_by_user_idx").on(t.byUserId),
  ],
);

export const confirmationMethodEnum = pgEnum("confirmation_method", ["signed_form", "verbal_interpreter", "digital"]);

/** The internship agreement (praksisavtale): terms, and one confirmation from each of three parties. */
export const agreements = pgTable(
  "agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    placementId: uuid("placement_id")
      .notNull()
      .unique()
      .references(() => placements.id, { onDelete: "cascade" }),
    tasks: text("tasks").notNull(),
    mentorName: text("mentor_name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    hoursPerWeek: smallint("hours_per_week").notNull(),
    followUpPlan: text("follow_up_plan").notNull(),
    supportScheme: supportSchemeEnum("support_scheme"),
    municipalityContactId: text("municipality_contact_id").references(() => users.id, { onDelete: "set null" }),
    municipalityConfirmedAt: timestamp("municipality_confirmed_at", { withTimezone: true }),
    municipalityConfirmedBy: text("municipality_confirmed_by").references(() => users.id, { onDelete: "set null" }),
    employerConfirmedAt: timestamp("employer_confirmed_at", { withTimezone: true }),
    employerConfirmedBy: text("employer_confirmed_by").references(() => users.id, { onDelete: "set null" }),
    participantConfirmedAt: timestamp("participant_confirmed_at", { withTimezone: true }),
    /** Recorded by the consultant: how the participant confirmed. */
    participantConfirmationMethod: confirmationMethodEnum("participant_confirmation_method"),
    participantConfirmationRecordedBy: text("participant_confirmation_recorded_by").references(() => users.id, {
      onDelete: "set null",
    }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("agreements_municipality_contact_idx").on(t.municipalityContactId),
    index("agreements_municipality_confirmed_by_idx").on(t.municipalityConfirmedBy),
    index("agreements_employer_confirmed_by_idx").on(t.employerConfirmedBy),
    index("agreements_participant_recorded_by_idx").on(t.participantConfirmationRecordedBy),
  ],
);

export type Slot = typeof slots.$inferSelect;
export type NewSlot = typeof slots.$inferInsert;
export type SlotKind = (typeof slotKindEnum.enumValues)[number];
export type SlotStatus = (typeof slotStatusEnum.enumValues)[number];
export type SupportScheme = (typeof supportSchemeEnum.enumValues)[number];
export type Placement = typeof placements.$inferSelect;
export type PlacementStage = (typeof placementStageEnum.enumValues)[number];
export type PlacementOutcome = (typeof placementOutcomeEnum.enumValues)[number];
export type Agreement = typeof agreements.$inferSelect;
