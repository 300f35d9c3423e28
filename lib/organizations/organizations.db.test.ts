import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { seed } from "@/db/seed";
import { openTestDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { countMembersByRole, countOrganizationsInCity, getOwnOrganization, listMembers } from "./data";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await seed(h.db);
});
afterAll(async () => h.close());

const ctx = (email: string) => ctxFor(h.db, email);

describe("organization data is scoped to the session's organization", () => {
  it("lists only the Bergen municipality's people for a Bergen admin", async () => {
    const c = await ctx("ragnhild.fossdal@bergen.kommune.example");
    const members = await listMembers(c);
    expect(members.length).toBeGreaterThan(1);
    expect(members.every((m) => m.email.endsWith("@bergen.kommune.example"))).toBe(true);
    expect((await getOwnOrganization(c)).name).toBe("Bergen kommune, integreringstjenesten");
  });

  it("never shows a Trondheim admin anyone from Bergen", async () => {
    const c = await ctx("sunniva.lerkendal@trondheim.kommune.example");
    const members = await listMembers(c);
    expect(members.some((m) => m.email.includes("bergen"))).toBe(false);
    expect(members.some((m) => m.email === "sunniva.lerkendal@trondheim.kommune.example")).toBe(true);
  });

  it("counts staff by role", async () => {
    const c = await ctx("jonas.kvamsdal@bergen.kommune.example");
    expect(await countMembersByRole(c)).toEqual({ municipality_admin: 1, consultant: 4, job_specialist: 3 });
  });

  it("counts organizations in the person's own city", async () => {
    const c = await ctx("torstein@fjordkanten-bygg.example");
    expect(await countOrganizationsInCity(c)).toEqual({ municipality: 1, employer: 15, association: 1, partner: 5 });
  });
});
