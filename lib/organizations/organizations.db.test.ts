import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { seed, stableId } from "@/db/seed";
import { openTestDb } from "@/db/testing";
import { loadMemberships } from "@/lib/auth/data";
import type { Ctx } from "@/lib/auth/session";
import { countMembersByRole, countOrganizationsInCity, getOwnOrganization, listMembers } from "./data";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await seed(h.db);
});
afterAll(async () => h.close());

async function ctxFor(email: string): Promise<Ctx> {
  const userId = stableId(`user:${email}`);
  const memberships = await loadMemberships(h.db, userId);
  return { userId, name: email, email, memberships, membership: memberships[0] };
}

describe("organization data is scoped to the session's organization", () => {
  it("lists only the Bergen municipality's people for a Bergen admin", async () => {
    const ctx = await ctxFor("ragnhild.fossdal@bergen.kommune.example");
    const members = await listMembers(ctx);
    expect(members.length).toBeGreaterThan(1);
    expect(members.every((m) => m.email.endsWith("@bergen.kommune.example"))).toBe(true);
    expect((await getOwnOrganization(ctx)).name).toBe("Bergen kommune, integreringstjenesten");
  });

  it("never shows a Trondheim admin anyone from Bergen", async () => {
    const ctx = await ctxFor("sunniva.lerkendal@trondheim.kommune.example");
    const members = await listMembers(ctx);
    expect(members.some((m) => m.email.includes("bergen"))).toBe(false);
    expect(members.some((m) => m.email === "sunniva.lerkendal@trondheim.kommune.example")).toBe(true);
  });

  it("counts staff by role", async () => {
    const ctx = await ctxFor("jonas.kvamsdal@bergen.kommune.example");
    expect(await countMembersByRole(ctx)).toEqual({ municipality_admin: 1, consultant: 4, job_specialist: 3 });
  });

  it("counts organizations in the person's own city", async () => {
    const ctx = await ctxFor("torstein@fjordkanten-bygg.example");
    expect(await countOrganizationsInCity(ctx)).toEqual({ municipality: 1, employer: 15, association: 1, partner: 2 });
  });
});
