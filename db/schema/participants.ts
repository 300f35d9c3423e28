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
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";

export const participantStatusEnum = pgEnum("participant_status", ["enrolled", "on_leave", "completed", "ended_early"]);
export const educationLevelEnum = pgEnum("education_level", [
  "none",
  "primary",
  "secondary",
  "vocational",
  "bachelor",
  "master",
  "doctorate",
]);
export const cefrEnum = pgEnum("cefr_level", ["A1", "A2", "B1", "B2", "C1", "C2"]);
// The end goal (sluttmål) of the integration plan decides the programme track.
export const programmeTrackEnum = pgEnum("programme_track", [
  "work",
  "upper_secondary",
  "trade_certificate",
  "higher_education",
]);

export const participants = pgTable(
  "participants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    /** Id in the municipality's case system; CSV re-imports update by it. */
    externalId: text("external_id"),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    birthYear: smallint("birth_year").notNull(),
    email: text("email"),
    phone: text("phone"),
    /** Optional, and never shown outside the municipality. */
    countryOfOrigin: text("country_of_origin"),
    norwegianReading: cefrEnum("norwegian_reading"),
    norwegianWriting: cefrEnum("norwegian_writing"),
    norwegianSpeaking: cefrEnum("norwegian_speaking"),
    norwegianListening: cefrEnum("norwegian_listening"),
    educationLevel: educationLevelEnum("education_level").notNull().default("none"),
    educationField: text("education_field"),
    drivingLicence: boolean("driving_licence").notNull().default(false),
    hoursPerWeek: smallint("hours_per_week"),
    availableFrom: date("available_from"),
    area: text("area"),
    programmeTrack: programmeTrackEnum("programme_track").notNull().default("work"),
    programmeStart: date("programme_start").notNull(),
    programmeEnd: date("programme_end").notNull(),
    status: participantStatusEnum("status").notNull().default("enrolled"),
    assignedTo: text("assigned_to").references(() => users.id, { onDelete: "set null" }),
    /** When the participant joined the current caseload (IPS: days to first employer contact). */
    enrolledAt: date("enrolled_at").notNull(),
    anonymizedAt: timestamp("anonymized_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("participants_municipality_external_key").on(t.municipalityId, t.externalId),
    index("participants_municipality_assigned_idx").on(t.municipalityId, t.assignedTo, t.status),
    index("participants_municipality_end_idx").on(t.municipalityId, t.programmeEnd),
    index("participants_assigned_to_idx").on(t.assignedTo),
  ],
);

export const participantLanguages = pgTable(
  "participant_languages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    /** ISO 639-1 code, e.g. "ar", "en", "ti". Norwegian is recorded per skill on the participant. */
    language: text("language").notNull(),
    level: cefrEnum("level").notNull(),
  },
  (t) => [unique("participant_languages_key").on(t.participantId, t.language)],
);

export const participantExperience = pgTable(
  "participant_experience",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    /** ISCO-08 unit group, 4 digits. */
    iscoCode: text("isco_code").notNull(),
    years: smallint("years").notNull(),
  },
  (t) => [
    index("participant_experience_participant_idx").on(t.participantId),
    // Matching for a slot starts from the slot's sub-major group (lib/matching/data/sql.ts, subMajorOf).
    index("participant_experience_sub_major_idx").on(sql`left(${t.iscoCode}, 2)`, t.participantId, t.iscoCode),
  ],
);

/** Occupation wishes, ranked: IPS puts the participant's own preferences first. */
export const participantWishes = pgTable(
  "participant_wishes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    iscoCode: text("isco_code").notNull(),
    rank: smallint("rank").notNull(),
  },
  (t) => [
    unique("participant_wishes_rank_key").on(t.participantId, t.rank),
    index("participant_wishes_isco_idx").on(t.iscoCode),
    // Matching for a slot starts from the slot's sub-major group (lib/matching/data/sql.ts, subMajorOf).
    index("participant_wishes_sub_major_idx").on(sql`left(${t.iscoCode}, 2)`, t.participantId, t.iscoCode, t.rank),
  ],
);

export const participantStatusChanges = pgTable(
  "participant_status_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    fromStatus: participantStatusEnum("from_status"),
    toStatus: participantStatusEnum("to_status").notNull(),
    changedBy: text("changed_by").references(() => users.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("participant_status_changes_participant_idx").on(t.participantId)],
);

export const outcomeTimepointEnum = pgEnum("outcome_timepoint", ["programme_end", "one_year"]);
export const outcomeEnum = pgEnum("outcome", ["work", "education", "both", "neither"]);

export const participantOutcomes = pgTable(
  "participant_outcomes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    timepoint: outcomeTimepointEnum("timepoint").notNull(),
    outcome: outcomeEnum("outcome").notNull(),
    /** Why, when the outcome is "neither" (e.g. illness, parental leave, moved). */
    reason: text("reason"),
    recordedBy: text("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("participant_outcomes_key").on(t.participantId, t.timepoint)],
);

/** Per-municipality settings for the caseload. */
export const municipalitySettings = pgTable("municipality_settings", {
  municipalityId: uuid("municipality_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  /** Participants are anonymized this many months after programme end. */
  retentionMonths: smallint("retention_months").notNull().default(24),
  /** IPS-25 says at most 20 per job specialist; a municipality may aim lower (e.g. 15). */
  caseloadTarget: smallint("caseload_target").notNull().default(20),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Participant = typeof participants.$inferSelect;
export type NewParticipant = typeof participants.$inferInsert;
export type ParticipantStatus = (typeof participantStatusEnum.enumValues)[number];
export type EducationLevel = (typeof educationLevelEnum.enumValues)[number];
export type Cefr = (typeof cefrEnum.enumValues)[number];
export type ProgrammeTrack = (typeof programmeTrackEnum.enumValues)[number];
export type Outcome = (typeof outcomeEnum.enumValues)[number];
export type OutcomeTimepoint = (typeof outcomeTimepointEnum.enumValues)[number];
