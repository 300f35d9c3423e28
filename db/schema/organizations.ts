import { boolean, index, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const organizationKindEnum = pgEnum("organization_kind", ["municipality", "employer", "association", "partner"]);

export const industryEnum = pgEnum("industry", [
  "cleaning",
  "kindergarten",
  "health_care",
  "retail",
  "hospitality",
  "construction",
  "logistics",
  "engineering",
  "manufacturing",
  "office",
  "public_sector",
  "other",
]);
export const sizeBandEnum = pgEnum("size_band", ["1-9", "10-49", "50-249", "250+"]);

export const roleEnum = pgEnum("role", [
  "consultant",
  "job_specialist",
  "municipality_admin",
  "employer",
  "association_staff",
  "partner",
]);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: organizationKindEnum("kind").notNull(),
    name: text("name").notNull(),
    // Norwegian organisasjonsnummer: 9 digits, mod-11 check (validated in lib/organizations/rules.ts).
    orgNumber: text("org_number").notNull().unique(),
    city: text("city").notNull(),
    /** Kommunenummer and county of a municipality, from the list of Norway's municipalities (data/kommuner-2024.csv). */
    municipalityNumber: text("municipality_number").unique(),
    county: text("county"),
    /** An operator deactivated the organization: its people lose access at once, its data stays. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    // Employer profile; empty for other kinds.
    industry: industryEnum("industry"),
    sizeBand: sizeBandEnum("size_band"),
    address: text("address"),
    area: text("area"),
    website: text("website"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organizations_kind_city_idx").on(t.kind, t.city)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    // Association staff with this flag manage their association's staff (used by the administration issue).
    isAdmin: boolean("is_admin").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("memberships_user_org_role_key").on(t.userId, t.organizationId, t.role),
    index("memberships_organization_id_idx").on(t.organizationId),
    index("memberships_user_id_idx").on(t.userId),
  ],
);

export type Industry = (typeof industryEnum.enumValues)[number];
export type SizeBand = (typeof sizeBandEnum.enumValues)[number];
export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
export type OrganizationKind = (typeof organizationKindEnum.enumValues)[number];
