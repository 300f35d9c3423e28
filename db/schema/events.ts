// Events of a business association: career fairs, info and breakfast meetings, recruitment
// seminars; invitations to member companies; and, for career fairs, stands, candidates,
// wishes, speed interviews, check-in and leads.
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { followUps } from "./follow-up";
import { organizations } from "./organizations";
import { cefrEnum, educationLevelEnum, participants } from "./participants";
import { placements, slots } from "./pipeline";

export const eventKindEnum = pgEnum("event_kind", [
  "career_fair",
  "info_meeting",
  "breakfast_meeting",
  "recruitment_seminar",
]);
export const eventStatusEnum = pgEnum("event_status", ["draft", "published", "completed", "cancelled"]);

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The organizing association. */
    associationId: uuid("association_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    kind: eventKindEnum("kind").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    venue: text("venue").notNull(),
    /** Candidate places; registrations beyond it go to the waitlist. Null: no limit. */
    capacity: integer("capacity"),
    /** Stand places for exhibitors (career fairs). Null: no limit. */
    standCapacity: integer("stand_capacity"),
    registrationOpensAt: timestamp("registration_opens_at", { withTimezone: true }),
    registrationClosesAt: timestamp("registration_closes_at", { withTimezone: true }),
    /** Eligibility rule: the lowest education level a candidate must have (e.g. vocational = trade certificate or higher). */
    minEducation: educationLevelEnum("min_education"),
    /** Speed interviews: the first round starts at this time, rounds of `interviewMinutes`. */
    interviewStartsAt: timestamp("interview_starts_at", { withTimezone: true }),
    interviewMinutes: smallint("interview_minutes"),
    interviewRounds: smallint("interview_rounds"),
    /** Set when staff publish the interview schedule; candidates and employers see it from then. */
    schedulePublishedAt: timestamp("schedule_published_at", { withTimezone: true }),
    status: eventStatusEnum("status").notNull().default("draft"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("events_association_starts_idx").on(t.associationId, t.startsAt),
    index("events_created_by_idx").on(t.createdBy),
  ],
);

/** Co-hosts (municipality, NAV, county…): their staff see the event and its figures. */
export const eventCohosts = pgTable(
  "event_cohosts",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
  },
  (t) => [
    unique("event_cohosts_key").on(t.eventId, t.organizationId),
    index("event_cohosts_org_idx").on(t.organizationId),
  ],
);

/** Addresses that asked an association to send no more invitations. */
export const invitationUnsubscribes = pgTable(
  "invitation_unsubscribes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    associationId: uuid("association_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("invitation_unsubscribes_key").on(t.associationId, t.email)],
);

/** An invitation campaign for an event to a segment of member companies and extra addresses. */
export const invitationCampaigns = pgTable(
  "invitation_campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** The segment chosen (null: all members). */
    industry: text("industry"),
    sizeBand: text("size_band"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("invitation_campaigns_event_idx").on(t.eventId),
    index("invitation_campaigns_created_by_idx").on(t.createdBy),
  ],
);

export const invitationStatusEnum = pgEnum("invitation_status", ["sent", "registered", "declined"]);

export const invitationRecipients = pgTable(
  "invitation_recipients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => invitationCampaigns.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id").references(() => organizations.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    status: invitationStatusEnum("status").notNull().default("sent"),
    sendCount: smallint("send_count").notNull().default(1),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    unique("invitation_recipients_key").on(t.campaignId, t.email),
    index("invitation_recipients_employer_idx").on(t.employerId),
  ],
);

export const standStatusEnum = pgEnum("stand_status", ["registered", "cancelled"]);

/** An employer's stand at a career fair. */
export const fairStands = pgTable(
  "fair_stands",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    representatives: smallint("representatives").notNull().default(1),
    /** ISCO-08 codes the employer recruits for. */
    occupations: text("occupations")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Parallel interview tables. 0: no speed interviews. */
    tables: smallint("tables").notNull().default(1),
    standNumber: text("stand_number"),
    status: standStatusEnum("status").notNull().default("registered"),
    registeredBy: text("registered_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("fair_stands_key").on(t.eventId, t.employerId),
    index("fair_stands_employer_idx").on(t.employerId),
    index("fair_stands_registered_by_idx").on(t.registeredBy),
  ],
);

/** Slots an employer brings to the fair. */
export const fairStandSlots = pgTable(
  "fair_stand_slots",
  {
    standId: uuid("stand_id")
      .notNull()
      .references(() => fairStands.id, { onDelete: "cascade" }),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => slots.id, { onDelete: "cascade" }),
  },
  (t) => [unique("fair_stand_slots_key").on(t.standId, t.slotId), index("fair_stand_slots_slot_idx").on(t.slotId)],
);

export const candidateStatusEnum = pgEnum("candidate_status", ["registered", "waitlisted", "cancelled"]);

/**
 * A candidate at an event: a programme participant registered by their consultant
 * (participant_id set; the fair profile is a snapshot of consented fields, never the case
 * record), or a public registrant (email set). Deleting a public candidate deletes the row,
 * and with it wishes, interviews and leads.
 */
export const fairCandidates = pgTable(
  "fair_candidates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id").references(() => participants.id, { onDelete: "cascade" }),
    /** The consultant who registered a participant; gets their leads as follow-ups. */
    registeredBy: text("registered_by").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    /** Lower-cased; the same email registering twice for one event updates the row. */
    email: text("email"),
    phone: text("phone"),
    educationLevel: educationLevelEnum("education_level").notNull(),
    educationField: text("education_field"),
    occupations: text("occupations")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    norwegianLevel: cefrEnum("norwegian_level"),
    englishLevel: cefrEnum("english_level"),
    /** Recorded only with the candidate's consent (countryConsent). */
    countryOfOrigin: text("country_of_origin"),
    countryConsent: boolean("country_consent").notNull().default(false),
    /** Consent to show the profile to the fair's exhibitors. */
    shareWithExhibitors: boolean("share_with_exhibitors").notNull().default(false),
    status: candidateStatusEnum("status").notNull().default("registered"),
    walkIn: boolean("walk_in").notNull().default(false),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
    noShow: boolean("no_show").notNull().default(false),
    locale: text("locale").notNull().default("nb"),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("fair_candidates_event_status_idx").on(t.eventId, t.status, t.registeredAt),
    uniqueIndex("fair_candidates_event_email_key")
      .on(t.eventId, t.email)
      .where(sql`email is not null`),
    uniqueIndex("fair_candidates_event_participant_key")
      .on(t.eventId, t.participantId)
      .where(sql`participant_id is not null`),
    index("fair_candidates_participant_idx").on(t.participantId),
    index("fair_candidates_registered_by_idx").on(t.registeredBy),
  ],
);

export const wishByEnum = pgEnum("wish_by", ["candidate", "employer"]);

/** Whom a candidate wants to meet (up to 5 stands) and whom an employer wants to meet. */
export const fairWishes = pgTable(
  "fair_wishes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => fairCandidates.id, { onDelete: "cascade" }),
    standId: uuid("stand_id")
      .notNull()
      .references(() => fairStands.id, { onDelete: "cascade" }),
    by: wishByEnum("by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("fair_wishes_key").on(t.candidateId, t.standId, t.by),
    index("fair_wishes_event_idx").on(t.eventId),
    index("fair_wishes_stand_idx").on(t.standId),
  ],
);

/**
 * One speed interview: a candidate at a stand's table in a round. Not unique-constrained on
 * purpose: staff adjust by hand and conflicts are flagged (lib/interviews) and block publishing.
 */
export const fairInterviews = pgTable(
  "fair_interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => fairCandidates.id, { onDelete: "cascade" }),
    standId: uuid("stand_id")
      .notNull()
      .references(() => fairStands.id, { onDelete: "cascade" }),
    /** 0-based round and table. */
    round: smallint("round").notNull(),
    tableNo: smallint("table_no").notNull(),
    manual: boolean("manual").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("fair_interviews_event_round_idx").on(t.eventId, t.round),
    index("fair_interviews_candidate_idx").on(t.candidateId),
    index("fair_interviews_stand_idx").on(t.standId),
  ],
);

export const leadKindEnum = pgEnum("lead_kind", ["follow_up_interview", "internship", "job", "no_follow_up"]);

/** An employer's evaluation of a candidate after the fair: the lead into the pipeline. */
export const fairLeads = pgTable(
  "fair_leads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => fairCandidates.id, { onDelete: "cascade" }),
    standId: uuid("stand_id")
      .notNull()
      .references(() => fairStands.id, { onDelete: "cascade" }),
    kind: leadKindEnum("kind").notNull(),
    note: text("note"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    /** For programme participants: the consultant's follow-up task, and the placement if one was created. */
    followUpId: uuid("follow_up_id").references(() => followUps.id, { onDelete: "set null" }),
    placementId: uuid("placement_id").references(() => placements.id, { onDelete: "set null" }),
    /** For public candidates: when association staff handled the lead. */
    handledAt: timestamp("handled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("fair_leads_key").on(t.candidateId, t.standId),
    index("fair_leads_event_idx").on(t.eventId),
    index("fair_leads_stand_idx").on(t.standId),
    index("fair_leads_created_by_idx").on(t.createdBy),
    index("fair_leads_follow_up_idx").on(t.followUpId),
    index("fair_leads_placement_idx").on(t.placementId),
  ],
);

export type EventKind = (typeof eventKindEnum.enumValues)[number];
export type EventStatus = (typeof eventStatusEnum.enumValues)[number];
export type Event = typeof events.$inferSelect;
export type FairStand = typeof fairStands.$inferSelect;
export type FairCandidate = typeof fairCandidates.$inferSelect;
export type CandidateStatus = (typeof candidateStatusEnum.enumValues)[number];
export type LeadKind = (typeof leadKindEnum.enumValues)[number];
