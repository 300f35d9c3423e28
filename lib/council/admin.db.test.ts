import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { councilMembers, councilRepresentatives, councils, staffAudit } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { seed, stableId } from "@/db/seed";
import { demoOperators } from "@/db/seed/data";

const demoOperator = demoOperators[0];
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { UserCtx } from "@/lib/auth/session";
import { createCouncilSchema } from "./admin-schemas";
import {
  addCouncilMember,
  CouncilSetupError,
  councilChoices,
  createCouncil,
  endCouncilMembership,
  listCouncilsForOperator,
  loadCouncilForOperator,
  updateCouncil,
} from "./data/admin";
import { loadCouncilChoice, myCouncils } from "./data/council";

let h: DbHandle;
const org = (key: string) => stableId(`org:${key}`);
const T0 = new Date("2026-03-02T09:00:00Z");
const T1 = new Date("2026-05-04T09:00:00Z");
const T2 = new Date("2026-08-10T09:00:00Z");
const operator: UserCtx = {
  userId: stableId(`user:${demoOperator.email}`),
  name: demoOperator.name,
  email: demoOperator.email,
  memberships: [],
  isOperator: true,
};
const form = (over: Record<string, string> = {}) =>
  createCouncilSchema.parse({
    name: "Testråd Vest",
    city_0: "Bergen",
    [`member_${org("nav-bergen")}`]: "on",
    [`member_${org("bergen-naering")}`]: "on",
    [`member_${org("bergen-kommune")}`]: "on",
    chairId: org("nav-bergen"),
    secretariatId: org("bergen-naering"),
    ...over,
  });
const setupErrors = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    if (err instanceof CouncilSetupError) return err.fieldErrors;
    throw err;
  }
  return null;
};
const audit = (action: string) => h.db.select().from(staffAudit).where(eq(staffAudit.action, action));

beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
  // Own councils only, so the demo councils play no part.
  await h.db.delete(councils);
});
afterAll(async () => h.close());

describe("setting up a council", () => {
  let id = "";

  it("offers the municipalities and the organizations that may join, never employers", async () => {
    const choices = await councilChoices();
    expect(choices.municipalities).toEqual(["Bergen", "Trondheim"]);
    expect(choices.organizations.some((o) => o.kind === "employer")).toBe(false);
    expect(choices.organizations.map((o) => o.id)).toContain(org("nav-trondheim"));
  });

  it("refuses a chair or secretariat that is not a member, an employer member and an unknown municipality", async () => {
    expect(await setupErrors(createCouncil(operator, form({ chairId: org("vestland-fk") }), T0))).toEqual({
      chairId: "councilAdmin.errors.chairNotMember",
    });
    expect(
      await setupErrors(
        createCouncil(operator, form({ [`member_${org("bergen-employer-1")}`]: "on", city_1: "Oslo" }), T0),
      ),
    ).toEqual({ members: "councilAdmin.errors.member", cities: "councilAdmin.errors.city" });
    expect(await h.db.select().from(councils)).toHaveLength(0);
  });

  it("creates the council with its members since now, and an audit line without an organization", async () => {
    id = await createCouncil(operator, form({ city_1: "Trondheim" }), T0);
    const council = await loadCouncilForOperator(id);
    expect(council).toMatchObject({ name: "Testråd Vest", city: "Bergen", cities: ["Bergen", "Trondheim"] });
    expect(council.members.map((m) => [m.name, m.memberSince, m.memberUntil])).toEqual([
      ["Bergen kommune, integreringstjenesten", T0, null],
      ["NAV Bergen vest", T0, null],
      ["Næringsforum Bergen", T0, null],
    ]);
    const [line] = await audit("council_create");
    expect(line).toMatchObject({ organizationId: null, actorUserId: operator.userId, targetUserId: null });
    expect(line.details).toMatchObject({ councilId: id, name: "Testråd Vest" });
    expect((await listCouncilsForOperator()).map((c) => [c.name, c.chairName, c.secretariatName, c.members])).toEqual([
      ["Testråd Vest", "NAV Bergen vest", "Næringsforum Bergen", 3],
    ]);
  });

  it("adds a member once; the same organization again is refused while it is a member", async () => {
    await addCouncilMember(operator, { councilId: id, organizationId: org("vestland-fk") }, T1);
    await expect(addCouncilMember(operator, { councilId: id, organizationId: org("vestland-fk") }, T1)).rejects.toThrow(
      new UserError("councilAdmin.errors.alreadyMember", "organizationId"),
    );
    await expect(
      addCouncilMember(operator, { councilId: id, organizationId: org("bergen-employer-1") }, T1),
    ).rejects.toThrow(UserError);
    await expect(
      addCouncilMember(operator, { councilId: stableId("no-council"), organizationId: org("nav-trondheim") }, T1),
    ).rejects.toThrow(NotFoundError);
    expect((await audit("council_member_add")).map((a) => a.details)).toEqual([
      expect.objectContaining({ councilId: id, organizationId: org("vestland-fk") }),
    ]);
  });

  it("never ends the chair's or the secretariat's membership while they hold the role", async () => {
    const { members } = await loadCouncilForOperator(id);
    const of = (key: string) => members.find((m) => m.organizationId === org(key))!.id;
    await expect(endCouncilMembership(operator, { councilId: id, memberId: of("nav-bergen") }, T1)).rejects.toThrow(
      new UserError("councilAdmin.errors.endChair"),
    );
    await expect(endCouncilMembership(operator, { councilId: id, memberId: of("bergen-naering") }, T1)).rejects.toThrow(
      new UserError("councilAdmin.errors.endSecretariat"),
    );
  });

  it("ends a membership with history: the former member's people lose the council at once, its representatives too", async () => {
    const ragnhild = await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example");
    expect((await loadCouncilChoice(ragnhild, undefined))?.council.id).toBe(id);
    await h.db.insert(councilRepresentatives).values({
      councilId: id,
      organizationId: org("bergen-kommune"),
      name: "Ragnhild Fossdal",
      email: "ragnhild@rep.example",
    });
    const kommune = (await loadCouncilForOperator(id)).members.find((m) => m.organizationId === org("bergen-kommune"))!;
    await endCouncilMembership(operator, { councilId: id, memberId: kommune.id }, T2);
    expect(await loadCouncilChoice(ragnhild, id)).toBeNull();
    expect(await myCouncils(ragnhild)).toEqual([]);
    const [rep] = await h.db.select().from(councilRepresentatives).where(eq(councilRepresentatives.councilId, id));
    expect(rep.active).toBe(false);
    await expect(endCouncilMembership(operator, { councilId: id, memberId: kommune.id }, T2)).rejects.toThrow(
      new UserError("councilAdmin.errors.alreadyEnded"),
    );
    // Joining again is a new row; the old one keeps its dates.
    await addCouncilMember(operator, { councilId: id, organizationId: org("bergen-kommune") }, T2);
    const history = (await loadCouncilForOperator(id)).members.filter(
      (m) => m.organizationId === org("bergen-kommune"),
    );
    expect(history.map((m) => [m.memberSince, m.memberUntil])).toEqual([
      [T2, null],
      [T0, T2],
    ]);
    expect((await listCouncilsForOperator())[0].members).toBe(4);
    expect((await audit("council_member_end"))[0].details).toMatchObject({ councilId: id, memberId: kommune.id });
  });

  it("changes chair, secretariat and municipalities, each among the current members and municipalities", async () => {
    const base = { councilId: id, name: "Testråd Vestland", cities: ["Trondheim", "Bergen"] };
    expect(
      await setupErrors(
        updateCouncil(operator, { ...base, chairId: org("nav-trondheim"), secretariatId: org("bergen-naering") }),
      ),
    ).toEqual({ chairId: "councilAdmin.errors.chairNotMember" });
    await updateCouncil(operator, { ...base, chairId: org("vestland-fk"), secretariatId: org("bergen-naering") });
    const council = await loadCouncilForOperator(id);
    expect(council).toMatchObject({
      name: "Testråd Vestland",
      city: "Bergen",
      cities: ["Bergen", "Trondheim"],
      chairId: org("vestland-fk"),
    });
    // NAV is no longer the chair, so its membership may end now.
    const nav = council.members.find((m) => m.organizationId === org("nav-bergen"))!;
    await endCouncilMembership(operator, { councilId: id, memberId: nav.id }, T2);
    expect((await audit("council_update"))[0].details).toMatchObject({ councilId: id, chairId: org("vestland-fk") });
    await expect(loadCouncilForOperator("nope")).rejects.toThrow(NotFoundError);
  });
});

describe("a person whose organization sits in two councils", () => {
  it("works in the one picked while a member, else the first by name", async () => {
    const other = await createCouncil(
      operator,
      form({
        name: "Annet råd",
        [`member_${org("nav-bergen")}`]: "on",
        [`member_${org("bergen-naering")}`]: "off",
        [`member_${org("bergen-kommune")}`]: "off",
        secretariatId: org("nav-bergen"),
      }),
      T2,
    );
    const first = await createCouncil(operator, form({ name: "Første råd" }), T2);
    const eirik = await ctxFor(h.db, "eirik.nesttun@nav.example");
    expect((await myCouncils(eirik)).map((c) => c.name)).toEqual(["Annet råd", "Første råd"]);
    expect((await loadCouncilChoice(eirik, undefined))?.council.id).toBe(other);
    expect((await loadCouncilChoice(eirik, first))?.council.id).toBe(first);
    expect((await loadCouncilChoice(eirik, first))?.role).toBe("chair");
    // A council the organization left (or never joined) is not picked.
    const member = await h.db
      .select({ id: councilMembers.id })
      .from(councilMembers)
      .where(and(eq(councilMembers.councilId, first), eq(councilMembers.organizationId, org("bergen-kommune"))));
    await endCouncilMembership(operator, { councilId: first, memberId: member[0].id }, T2);
    const ragnhild = await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example");
    expect((await loadCouncilChoice(ragnhild, first))?.council.id).not.toBe(first);
  });
});
