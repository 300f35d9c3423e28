import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { emailOutbox, memberships, operators, organizations, setupTokens, staffAudit, users } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { loadMemberships, userStanding } from "@/lib/auth/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { UserCtx } from "@/lib/auth/session";
import {
  createMunicipality,
  createOrganization,
  getOrganization,
  inviteFirstAdmin,
  listOrganizations,
  setOrganizationActive,
} from "./data/organizations";
import { inviteOperator, listOperators, removeOperator } from "./data/operators";
import { claimSetup, createSetupToken, inviteOperatorFromCli, setupLinkState } from "./data/setup";

let h: DbHandle;
const opts = { locale: "nb" as const };
const ODA = { name: "Oda Systad", email: "oda.systad@drift.lagspill.example" };

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => resetDb(h));

const expectUserError = async (p: Promise<unknown>, key: string, field?: string) => {
  const err = await p.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).key).toBe(key);
  if (field) expect((err as UserError).field).toBe(field);
};
const mailTo = (to: string) => h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));

/** The first operator, through the setup link, as the setup page does it. */
async function firstOperator(): Promise<UserCtx> {
  const token = (await createSetupToken(h.db))!;
  await claimSetup({ token, ...ODA }, opts);
  const [u] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, ODA.email));
  return { userId: u.id, name: ODA.name, email: ODA.email, memberships: [], isOperator: true };
}

describe("the setup link", () => {
  it("makes the first operator once, voids every other link, and mails a sign-in link", async () => {
    const first = (await createSetupToken(h.db))!;
    const second = (await createSetupToken(h.db))!;
    expect(first).not.toBe(second);
    // Only the hash is stored.
    const stored = await h.db.select({ hash: setupTokens.tokenHash }).from(setupTokens);
    expect(stored.map((s) => s.hash)).not.toContain(first);
    expect(await setupLinkState(second)).toBe("valid");

    await claimSetup({ token: second, ...ODA }, opts);
    const [u] = await h.db.select().from(users).where(eq(users.email, ODA.email));
    expect((await userStanding(h.db, u.id)).isOperator).toBe(true);
    expect(await loadMemberships(h.db, u.id)).toEqual([]);
    const mail = await mailTo(ODA.email);
    expect(mail).toHaveLength(1);
    expect(mail[0].textBody).toContain("/api/auth/callback/resend?");
    expect((await h.db.select().from(staffAudit).where(eq(staffAudit.action, "operator_setup")))[0]).toMatchObject({
      organizationId: null,
      targetUserId: u.id,
    });
    // Every link is void now, the used one and the other.
    expect(await setupLinkState(second)).toBe("done");
    expect(await setupLinkState(first)).toBe("done");
    await expectUserError(
      claimSetup({ token: first, name: "X", email: "x@example.no" }, opts),
      "admin.setup.state.done",
    );
    expect(await createSetupToken(h.db)).toBeNull();
    const [{ n }] = await h.db.select({ n: count() }).from(operators);
    expect(n).toBe(1);
  });

  it("refuses an expired or unknown link with what happened", async () => {
    const past = new Date(Date.now() - 25 * 3_600_000);
    const old = (await createSetupToken(h.db, past))!;
    expect(await setupLinkState(old)).toBe("expired");
    await expectUserError(claimSetup({ token: old, ...ODA }, opts), "admin.setup.state.expired");
    expect(await setupLinkState("nonsense")).toBe("unknown");
    expect(await h.db.select().from(operators)).toEqual([]);
    expect(await h.db.select().from(users)).toEqual([]);
  });

  it("lets only one of two simultaneous claims through", async () => {
    const a = (await createSetupToken(h.db))!;
    const b = (await createSetupToken(h.db))!;
    const results = await Promise.allSettled([
      claimSetup({ token: a, ...ODA }, opts),
      claimSetup({ token: b, name: "Other", email: "other@drift.example" }, opts),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await h.db.select().from(operators)).toHaveLength(1);
  });

  it("is void once the command line made an operator", async () => {
    const token = (await createSetupToken(h.db))!;
    await inviteOperatorFromCli({ email: ODA.email, name: null }, opts);
    expect(await setupLinkState(token)).toBe("done");
    expect(await mailTo(ODA.email)).toHaveLength(1);
    await expectUserError(
      inviteOperatorFromCli({ email: ODA.email, name: null }, opts),
      "admin.errors.alreadyOperator",
    );
  });
});

describe("organizations", () => {
  it("creates Bergen from the list once, an association and a partner, and lists them with their people", async () => {
    const oda = await firstOperator();
    const bergen = await createMunicipality(oda, { municipalityNumber: "4601", name: "", orgNumber: "974760673" });
    expect(bergen.name).toBe("Bergen kommune");
    const [row] = await h.db.select().from(organizations).where(eq(organizations.id, bergen.id));
    expect(row).toMatchObject({ kind: "municipality", city: "Bergen", county: "Vestland", municipalityNumber: "4601" });
    await expectUserError(
      createMunicipality(oda, { municipalityNumber: "4601", name: "Bergen igjen", orgNumber: "911111111" }),
      "admin.errors.municipalityExists",
      "municipalityNumber",
    );
    await expectUserError(
      createOrganization(oda, { kind: "association", name: "Dup", orgNumber: "974760673", municipalityNumber: "4601" }),
      "admin.errors.orgNumberTaken",
      "orgNumber",
    );
    await createOrganization(oda, {
      kind: "association",
      name: "Næringsforum Bergen",
      orgNumber: "911111111",
      municipalityNumber: "4601",
    });
    await createOrganization(oda, {
      kind: "partner",
      name: "NAV Bergen vest",
      orgNumber: "922222222",
      municipalityNumber: "4601",
    });

    const all = await listOrganizations(oda, {});
    expect(all.map((o) => [o.kind, o.name, o.city, o.people])).toEqual([
      ["municipality", "Bergen kommune", "Bergen", 0],
      ["association", "Næringsforum Bergen", "Bergen", 0],
      ["partner", "NAV Bergen vest", "Bergen", 0],
    ]);
    expect((await listOrganizations(oda, { kind: "partner" })).map((o) => o.name)).toEqual(["NAV Bergen vest"]);
    expect(await h.db.select().from(staffAudit).where(eq(staffAudit.action, "organization_create"))).toHaveLength(3);
  });

  it("invites the first admin of each kind with the role that manages its people", async () => {
    const oda = await firstOperator();
    const muni = await createMunicipality(oda, { municipalityNumber: "4601", name: "", orgNumber: "974760673" });
    const assoc = await createOrganization(oda, {
      kind: "association",
      name: "NF",
      orgNumber: "911111111",
      municipalityNumber: "4601",
    });
    const partner = await createOrganization(oda, {
      kind: "partner",
      name: "NAV",
      orgNumber: "922222222",
      municipalityNumber: "4601",
    });
    await inviteFirstAdmin(oda, { organizationId: muni.id, name: "Kari", email: "kari@bergen.example" }, opts);
    await inviteFirstAdmin(oda, { organizationId: assoc.id, name: "Nils", email: "nils@nf.example" }, opts);
    await inviteFirstAdmin(oda, { organizationId: partner.id, name: "Pia", email: "pia@nav.example" }, opts);
    const roles = await h.db
      .select({ email: users.email, role: memberships.role, isAdmin: memberships.isAdmin })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .orderBy(users.email);
    expect(roles).toEqual([
      { email: "kari@bergen.example", role: "municipality_admin", isAdmin: false },
      { email: "nils@nf.example", role: "association_staff", isAdmin: true },
      { email: "pia@nav.example", role: "partner", isAdmin: false },
    ]);
    expect((await mailTo("kari@bergen.example"))[0].subject).toContain(ODA.name);
    const details = await getOrganization(oda, muni.id);
    expect(details.people).toEqual([
      { name: "Kari", email: "kari@bergen.example", role: "municipality_admin", isAdmin: false, status: "invited" },
    ]);
    const audit = await h.db
      .select()
      .from(staffAudit)
      .where(and(eq(staffAudit.action, "invite"), eq(staffAudit.organizationId, muni.id)));
    expect(audit[0]).toMatchObject({
      actorUserId: oda.userId,
      details: { byOperator: true, role: "municipality_admin" },
    });
    await expectUserError(
      inviteFirstAdmin(oda, { organizationId: muni.id, name: "Kari", email: "kari@bergen.example" }, opts),
      "people.errors.alreadyMember",
      "email",
    );
  });

  it("deactivates: the people lose access at once, the data stays, reactivating gives it back", async () => {
    const oda = await firstOperator();
    const muni = await createMunicipality(oda, { municipalityNumber: "4601", name: "", orgNumber: "974760673" });
    await inviteFirstAdmin(oda, { organizationId: muni.id, name: "Kari", email: "kari@bergen.example" }, opts);
    const [kari] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, "kari@bergen.example"));
    expect(await loadMemberships(h.db, kari.id)).toHaveLength(1);
    await setOrganizationActive(oda, muni.id, false);
    expect(await loadMemberships(h.db, kari.id)).toEqual([]);
    expect((await listOrganizations(oda, {}))[0]).toMatchObject({ deactivated: true, people: 1 });
    await expect(setOrganizationActive(oda, muni.id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      inviteFirstAdmin(oda, { organizationId: muni.id, name: "Ny", email: "ny@bergen.example" }, opts),
    ).rejects.toBeInstanceOf(NotFoundError);
    await setOrganizationActive(oda, muni.id, true);
    expect(await loadMemberships(h.db, kari.id)).toHaveLength(1);
    const actions = (await h.db.select({ a: staffAudit.action }).from(staffAudit)).map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(["organization_deactivate", "organization_reactivate"]));
  });
});

describe("operators", () => {
  it("invite others, and remove any but themselves and the last one", async () => {
    const oda = await firstOperator();
    await expectUserError(removeOperator(oda, oda.userId), "admin.errors.removeSelf");
    const { userId: per } = await inviteOperator(oda, { name: "Per Drift", email: "per@drift.example" }, opts);
    expect((await mailTo("per@drift.example"))[0].subject).toContain(ODA.name);
    const list = await listOperators(oda);
    expect(list.map((o) => [o.email, o.isSelf, o.invitedByName])).toEqual([
      [ODA.email, true, null],
      ["per@drift.example", false, ODA.name],
    ]);
    await expectUserError(
      inviteOperator(oda, { name: "Per", email: "per@drift.example" }, opts),
      "admin.errors.alreadyOperator",
    );
    const perCtx: UserCtx = { userId: per, name: "Per", email: "per@drift.example", memberships: [], isOperator: true };
    await removeOperator(perCtx, oda.userId);
    expect((await userStanding(h.db, oda.userId)).isOperator).toBe(false);
    await expectUserError(removeOperator(oda, per), "admin.errors.removeLast");
    const audit = await h.db.select().from(staffAudit).where(eq(staffAudit.action, "operator_remove"));
    expect(audit).toHaveLength(1);
    expect(audit[0].organizationId).toBeNull();
  });
});
