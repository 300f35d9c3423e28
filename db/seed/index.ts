import { count, sql } from "drizzle-orm";
import type { Db } from "../index";
import { memberships, operators, organizations, users } from "../schema";
import { demoOperators, organizations as seedOrganizations, people } from "./data";
import { seedAnchor, seedCaseload } from "./caseload";
import { seedCouncil } from "./council";
import { seedEmployers } from "./employers";
import { seedEvents } from "./events";
import { seedHistory } from "./history";
import { seedPlacements } from "./placements";
import { demoOrgNumber, stableId } from "./ids";
import { seedSlots } from "./slots";

// The ids are part of what the seed offers its callers (tests, e2e, benchmarks).
export { demoOrgNumber, stableId };

const DEMO_STAFF_SINCE = new Date("2025-01-06T08:00:00Z");

/** Deterministic and idempotent: running it twice leaves the same rows. */
export async function seed(db: Db): Promise<{ organizations: number; users: number; memberships: number }> {
  return db.transaction(async (tx) => {
    const orgRows = seedOrganizations.map((o, i) => ({
      id: stableId(`org:${o.key}`),
      kind: o.kind,
      name: o.name,
      orgNumber: demoOrgNumber(i),
      city: o.city,
      municipalityNumber: o.municipalityNumber ?? null,
      county: o.county ?? null,
    }));
    await tx
      .insert(organizations)
      .values(orgRows)
      .onConflictDoUpdate({
        target: organizations.id,
        set: {
          name: sql`excluded.name`,
          kind: sql`excluded.kind`,
          city: sql`excluded.city`,
          orgNumber: sql`excluded.org_number`,
          municipalityNumber: sql`excluded.municipality_number`,
          county: sql`excluded.county`,
        },
      });

    const byEmail = new Map<string, { name: string; email: string; phone?: string }>(people.map((p) => [p.email, p]));
    for (const o of demoOperators) byEmail.set(o.email, o);
    const userRows = [...byEmail.values()].map((p) => ({
      id: stableId(`user:${p.email}`),
      name: p.name,
      email: p.email,
      phone: p.phone ?? null,
      // Demo staff have signed in before, so none shows as "invited" on the people page.
      emailVerified: DEMO_STAFF_SINCE,
    }));
    await tx
      .insert(users)
      .values(userRows)
      .onConflictDoUpdate({
        target: users.email,
        set: {
          name: sql`excluded.name`,
          phone: sql`excluded.phone`,
          emailVerified: sql`coalesce(${users.emailVerified}, excluded.email_verified)`,
        },
      });

    const membershipRows = people.map((p) => ({
      id: stableId(`membership:${p.email}:${p.org}:${p.role}`),
      userId: stableId(`user:${p.email}`),
      organizationId: stableId(`org:${p.org}`),
      role: p.role,
      isAdmin: p.isAdmin ?? false,
    }));
    await tx
      .insert(memberships)
      .values(membershipRows)
      .onConflictDoUpdate({
        target: [memberships.userId, memberships.organizationId, memberships.role],
        set: { isAdmin: sql`excluded.is_admin` },
      });

    await tx
      .insert(operators)
      .values(demoOperators.map((o) => ({ userId: stableId(`user:${o.email}`), createdAt: DEMO_STAFF_SINCE })))
      .onConflictDoNothing();

    const anchor = seedAnchor();
    await seedCaseload(tx, anchor);
    // Earlier cohorts, for the council's goal measured three years after programme start.
    await seedHistory(tx, anchor);
    // The pipeline, in dependency order: employer profiles, then their slots, then placements.
    await seedEmployers(tx, anchor);
    await seedSlots(tx, anchor);
    await seedPlacements(tx, anchor);
    // Events and fairs read participants, consents, slots and jobs seeded above.
    await seedEvents(tx, anchor);
    // The council reads nothing seeded above but the organizations and demo users.
    await seedCouncil(tx, anchor);

    return { organizations: orgRows.length, users: userRows.length, memberships: membershipRows.length };
  });
}

/** The embedded database seeds itself the first time it starts empty. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(organizations);
  if (n > 0) return false;
  await seed(db);
  return true;
}
