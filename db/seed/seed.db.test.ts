import { asc, count } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { memberships, organizations, users } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { isValidOrgNumber, roleFitsOrganization } from "@/lib/organizations/rules";
import { demoAccounts } from "./data";
import { seed, seedIfEmpty } from "./index";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => resetDb(h));

async function snapshot() {
  const orgs = await h.db.select().from(organizations).orderBy(asc(organizations.id));
  const people = await h.db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .orderBy(asc(users.id));
  const ms = await h.db
    .select({ id: memberships.id, role: memberships.role })
    .from(memberships)
    .orderBy(asc(memberships.id));
  return { orgs: orgs.map(({ createdAt: _createdAt, updatedAt: _updatedAt, ...o }) => o), people, ms };
}

describe("demo data", () => {
  it("is deterministic and idempotent", async () => {
    await seed(h.db);
    const first = await snapshot();
    await seed(h.db);
    expect(await snapshot()).toEqual(first);
    await resetDb(h);
    await seed(h.db);
    expect(await snapshot()).toEqual(first);
  });

  it("has Bergen and Trondheim with every kind of organization, valid organization numbers, ~30 employers", async () => {
    await seed(h.db);
    const orgs = await h.db.select().from(organizations);
    for (const city of ["Bergen", "Trondheim"]) {
      for (const kind of ["municipality", "association", "partner", "employer"]) {
        expect(
          orgs.some((o) => o.city === city && o.kind === kind),
          `${kind} in ${city}`,
        ).toBe(true);
      }
    }
    expect(orgs.filter((o) => o.kind === "employer").length).toBeGreaterThanOrEqual(30);
    expect(orgs.every((o) => isValidOrgNumber(o.orgNumber))).toBe(true);
  });

  it("gives every role a demo account in each city where the role belongs to an organization", async () => {
    for (const city of ["bergen", "trondheim"]) {
      for (const role of [
        "consultant",
        "job_specialist",
        "municipality_admin",
        "employer",
        "association_staff",
        "partner",
      ]) {
        expect(
          demoAccounts.some(
            (a) => (a.role === role && a.org.startsWith(city)) || (a.role === role && a.org.includes(city)),
          ),
          `${role} in ${city}`,
        ).toBe(true);
      }
    }
  });

  it("only puts people in organizations that fit their role", async () => {
    await seed(h.db);
    const rows = await h.db
      .select({ role: memberships.role, kind: organizations.kind })
      .from(memberships)
      .innerJoin(organizations, (await import("drizzle-orm")).eq(organizations.id, memberships.organizationId));
    expect(rows.every((r) => roleFitsOrganization(r.role, r.kind))).toBe(true);
  });

  it("seeds an empty database on first start only", async () => {
    expect(await seedIfEmpty(h.db)).toBe(true);
    expect(await seedIfEmpty(h.db)).toBe(false);
    const [{ n }] = await h.db.select({ n: count() }).from(organizations);
    expect(n).toBeGreaterThan(30);
  });

  it("refuses a second membership with the same user, organization and role", async () => {
    await seed(h.db);
    const [m] = await h.db.select().from(memberships).limit(1);
    await expect(
      h.db.insert(memberships).values({ userId: m.userId, organizationId: m.organizationId, role: m.role }),
    ).rejects.toThrow();
  });
});
