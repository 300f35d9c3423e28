import { sql } from "drizzle-orm";
import { boolean, date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";
import { participants } from "./participants";

export const consentScopeEnum = pgEnum("consent_scope", ["share_employers", "share_fair_exhibitors", "contact_email"]);
export const consentMethodEnum = pgEnum("consent_method", ["signed_form", "verbal_interpreter", "digital"]);

/** One row per consent given; withdrawal sets withdrawn_at and takes effect at once. */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    scope: consentScopeEnum("scope").notNull(),
    givenOn: date("given_on").notNull(),
    method: consentMethodEnum("method").notNull(),
    recordedBy: text("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnBy: text("withdrawn_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("consents_participant_scope_idx").on(t.participantId, t.scope)],
);

export const contactKindEnum = pgEnum("contact_kind", ["participant", "employer", "workplace_visit"]);
export const contactChannelEnum = pgEnum("contact_channel", ["in_person", "phone", "video", "email", "message"]);
export const contactPurposeEnum = pgEnum("contact_purpose", [
  "job_development",
  "follow_along",
  "agreement",
  "problem_solving",
]);

/** A follow-up contact (oppfølgingskontakt) logged by a consultant or job specialist. */
export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    participantId: uuid("participant_id").references(() => participants.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id").references(() => organizations.id, { onDelete: "set null" }),
    staffId: text("staff_id").references(() => users.id, { onDelete: "set null" }),
    kind: contactKindEnum("kind").notNull(),
    channel: contactChannelEnum("channel").notNull(),
    purpose: contactPurposeEnum("purpose").notNull(),
    faceToFace: boolean("face_to_face").notNull(),
    contactDate: date("contact_date").notNull(),
    notes: text("notes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("contacts_participant_date_idx").on(t.participantId, t.contactDate),
    index("contacts_municipality_staff_date_idx").on(t.municipalityId, t.staffId, t.contactDate),
    index("contacts_employer_idx").on(t.employerId),
    // Employer contacts and workplace visits (meetings with the participant left out), with kind,
    // face_to_face and municipality in the key so the counts below are read from the index alone: a participant's
    // first one after enrolment (fidelity, lib/fidelity/data.ts; council goals, lib/goals), and each
    // specialist's in a period (fidelity, council dashboard and goals).
    index("contacts_employer_participant_idx")
      .on(t.participantId, t.contactDate, t.kind, t.faceToFace, t.municipalityId)
      .where(sql`${t.kind} in ('employer', 'workplace_visit')`),
    index("contacts_employer_staff_kind_idx")
      .on(t.municipalityId, t.staffId, t.contactDate, t.kind, t.faceToFace)
      .where(sql`${t.kind} in ('employer', 'workplace_visit')`),
  ],
);

export const followUpSourceEnum = pgEnum("follow_up_source", ["next_action", "cadence", "fair_lead"]);

/** Something to do by a date: a contact's next action, or a step of the IPS follow-along cadence. */
export const followUps = pgTable(
  "follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    participantId: uuid("participant_id").references(() => participants.id, { onDelete: "cascade" }),
    staffId: text("staff_id").references(() => users.id, { onDelete: "set null" }),
    source: followUpSourceEnum("source").notNull(),
    title: text("title").notNull(),
    dueOn: date("due_on").notNull(),
    fromContactId: uuid("from_contact_id").references(() => contacts.id, { onDelete: "set null" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneContactId: uuid("done_contact_id").references(() => contacts.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("follow_ups_staff_due_idx").on(t.municipalityId, t.staffId, t.dueOn),
    // The municipality's due list: open follow-ups in due order, read up to the list's limit without
    // a sort and without the done ones, which pile up with history (lib/follow-ups/data/follow-ups.ts).
    index("follow_ups_open_due_idx")
      .on(t.municipalityId, t.dueOn, t.id)
      .where(sql`${t.doneAt} is null`),
    index("follow_ups_participant_idx").on(t.participantId),
    index("follow_ups_from_contact_idx").on(t.fromContactId),
    index("follow_ups_done_contact_idx").on(t.doneContactId),
  ],
);

export const workKindEnum = pgEnum("work_kind", ["job", "internship"]);

/**
 * A participant's job or internship. Placements (the pipeline issue) will create these;
 * until then staff record them directly. Starting one suggests the follow-along cadence.
 */
export const workPeriods = pgTable(
  "work_periods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    kind: workKindEnum("kind").notNull(),
    employerId: uuid("employer_id").references(() => organizations.id, { onDelete: "set null" }),
    employerName: text("employer_name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("work_periods_participant_idx").on(t.participantId),
    index("work_periods_employer_idx").on(t.employerId),
  ],
);

export type Consent = typeof consents.$inferSelect;
export type ConsentScope = (typeof consentScopeEnum.enumValues)[number];
export type ConsentMethod = (typeof consentMethodEnum.enumValues)[number];
export type Contact = typeof contacts.$inferSelect;
export type NewContact = typeof contacts.$inferInsert;
export type ContactKind = (typeof contactKindEnum.enumValues)[number];
export type ContactChannel = (typeof contactChannelEnum.enumValues)[number];
export type ContactPurpose = (typeof contactPurposeEnum.enumValues)[number];
export type FollowUp = typeof followUps.$inferSelect;
export type WorkPeriod = typeof workPeriods.$inferSelect;
export type WorkKind = (typeof workKindEnum.enumValues)[number];
