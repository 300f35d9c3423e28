import { date, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { organizations } from "./organizations";

/** Member companies (medlemsbedrifter): an employer's membership of a business association. */
export const associationMembers = pgTable(
  "association_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    associationId: uuid("association_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    memberSince: date("member_since"),
    /** Where the association sends invitations (from the member list import). */
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("association_members_key").on(t.associationId, t.employerId),
    index("association_members_employer_idx").on(t.employerId),
  ],
);

/**
 * The municipality's relationship with an employer: who in the municipality is the
 * employer's one person to call ("your contact").
 */
export const employerRelations = pgTable(
  "employer_relations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    contactUserId: text("contact_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("employer_relations_key").on(t.municipalityId, t.employerId),
    index("employer_relations_employer_idx").on(t.employerId),
    index("employer_relations_contact_idx").on(t.contactUserId),
  ],
);

/** Contact people at an employer (name, role, email, phone); linked to a user once invited. */
export const employerContacts = pgTable(
  "employer_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    title: text("title"),
    email: text("email"),
    phone: text("phone"),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("employer_contacts_employer_idx").on(t.employerId),
    index("employer_contacts_user_idx").on(t.userId),
    index("employer_contacts_invited_by_idx").on(t.invitedBy),
  ],
);
