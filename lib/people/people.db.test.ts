import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { emailOutbox, memberships, sessions, staffAudit, users, verificationTokens } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { createMagicLink, loadMemberships, userExists } from "@/lib/auth/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { changeRole, deactivatePerson, reactivatePerson } from "./data/changes";
import { invitePerson, revokeInvitation } from "./data/invite";
import { listPeople } from "./data/people";

let h: DbHandle;
let ragnhild: Ctx, sunniva: Ctx, jonas: Ctx, marit: Ctx, torstein: Ctx;
const opts = { locale: "nb" as const };
const bergen = stableId("org:bergen-kommune");
const JONAS = "jonas.kvamsdal@bergen.kommune.example";

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  ragnhild = await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example");
  sunniva = await ctxFor(h.db, "sunniva.lerkendal@trondheim.kommune.example");
  jonas = await ctxFor(h.db, JONAS);
  marit = await ctxFor(h.db, "marit@naeringsforum-bergen.example");
  torstein = await ctxFor(h.db, "torstein@fjordkanten-bygg.example");
});

const membershipOf = async (email: string, organizationId = bergen) => {
  const [m] = await h.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, stableId(`user:${email}`)), eq(memberships.organizationId, organizationId)));
  return m.id;
};
const auditOf = (action: string) => h.db.select().from(staffAudit).where(eq(staffAudit.action, action));
const expectUserError = async (p: Promise<unknown>, key: string) => {
  const err = await p.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).key).toBe(key);
};

describe("who may manage people", () => {
  it("lists only the actor's own organization", async () => {
    const people = await listPeople(ragnhild);
    expect(people.some((p) => p.email === JONAS)).toBe(true);
    expect(people.some((p) => p.email.includes("trondheim"))).toBe(false);
    expect(people.find((p) => p.email === ragnhild.email)?.isSelf).toBe(true);
  });

  it("refuses consultants and association staff without the admin flag", async () => {
    await expect(listPeople(jonas)).rejects.toBeInstanceOf(NotFoundError);
    const [plain] = await h.db
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, stableId("org:bergen-naering")), eq(memberships.isAdmin, false)));
    const staff = await ctxFor(h.db, plain.email);
    await expect(listPeople(staff)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      invitePerson(staff, { name: "X", email: "x@example.no", role: "association_staff", isAdmin: false }, opts),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPeople(marit)).length).toBeGreaterThan(1);
  });

  it("gives 404 for another municipality's person", async () => {
    const henrik = await membershipOf("henrik.byasveen@trondheim.kommune.example", stableId("org:trondheim-kommune"));
    await expect(
      changeRole(ragnhild, { membershipId: henrik, role: "job_specialist", isAdmin: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(deactivatePerson(ragnhild, henrik)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reactivatePerson(ragnhild, henrik)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("invitePerson", () => {
  const kari = {
    name: "Kari Nordnes",
    email: "kari.nordnes@bergen.kommune.example",
    role: "consultant" as const,
    isAdmin: false,
  };

  it("creates the user, membership, token, email and audit entry together", async () => {
    const { userId, created } = await invitePerson(ragnhild, kari, opts);
    expect(created).toBe(true);
    expect(await loadMemberships(h.db, userId)).toMatchObject([{ organizationId: bergen, role: "consultant" }]);
    expect(
      await h.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, kari.email)),
    ).toHaveLength(1);
    const [mail] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, kari.email));
    expect(mail.subject).toBe("ragnhild.fossdal@bergen.kommune.example inviterer deg til Lagspill");
    expect(mail.textBody).toContain("http://localhost:3000/api/auth/callback/resend?token=");
    expect(await auditOf("invite")).toMatchObject([
      { organizationId: bergen, actorUserId: ragnhild.userId, targetUserId: userId },
    ]);
  });

  it("does not duplicate anything when the person is invited again", async () => {
    await invitePerson(ragnhild, kari, opts);
    await expectUserError(invitePerson(ragnhild, kari, opts), "people.errors.alreadyMember");
    await expectUserError(
      invitePerson(ragnhild, { ...kari, role: "job_specialist" }, opts),
      "people.errors.alreadyMember",
    );
    expect(await h.db.select().from(users).where(eq(users.email, kari.email))).toHaveLength(1);
    expect(await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, kari.email))).toHaveLength(1);
    expect(await auditOf("invite")).toHaveLength(1);
  });

  it("only gives roles of the actor's kind of organization", async () => {
    await expectUserError(invitePerson(ragnhild, { ...kari, role: "employer" }, opts), "people.errors.chooseRole");
    await expectUserError(invitePerson(torstein, { ...kari, role: "consultant" }, opts), "people.errors.chooseRole");
    const { userId } = await invitePerson(
      torstein,
      { ...kari, email: "mona@fjordkanten-bygg.example", role: "employer" },
      opts,
    );
    expect(await loadMemberships(h.db, userId)).toMatchObject([
      { organizationId: stableId("org:bergen-employer-1"), role: "employer" },
    ]);
  });

  it("adds an existing person without touching their other memberships", async () => {
    await invitePerson(sunniva, { name: "Jonas", email: JONAS, role: "job_specialist", isAdmin: false }, opts);
    const ms = await loadMemberships(h.db, jonas.userId);
    expect(ms.map((m) => m.role).sort()).toEqual(["consultant", "job_specialist"]);
    const [user] = await h.db.select({ name: users.name }).from(users).where(eq(users.id, jonas.userId));
    expect(user.name).toBe("Jonas Kvamsdal");
  });
});

describe("changeRole", () => {
  it("changes the role and audits from and to", async () => {
    await changeRole(ragnhild, { membershipId: await membershipOf(JONAS), role: "job_specialist", isAdmin: false });
    expect((await loadMemberships(h.db, jonas.userId))[0].role).toBe("job_specialist");
    const [entry] = await auditOf("role_change");
    expect(entry.details).toEqual({
      from: { role: "consultant", isAdmin: false },
      to: { role: "job_specialist", isAdmin: false },
    });
  });

  it("keeps at least one municipality admin", async () => {
    const own = await membershipOf(ragnhild.email);
    await expectUserError(
      changeRole(ragnhild, { membershipId: own, role: "consultant", isAdmin: false }),
      "people.errors.lastAdmin",
    );
    await changeRole(ragnhild, { membershipId: await membershipOf(JONAS), role: "municipality_admin", isAdmin: false });
    await changeRole(ragnhild, { membershipId: own, role: "consultant", isAdmin: false });
    expect((await loadMemberships(h.db, ragnhild.userId))[0].role).toBe("consultant");
  });

  it("keeps at least one association admin", async () => {
    const own = await membershipOf(marit.email, stableId("org:bergen-naering"));
    await expectUserError(
      changeRole(marit, { membershipId: own, role: "association_staff", isAdmin: false }),
      "people.errors.lastAdmin",
    );
  });
});

describe("deactivation", () => {
  it("ends sessions and links at once, keeps the person, drops their phone, and stops new links", async () => {
    await h.db.update(users).set({ phone: "+47 912 34 567" }).where(eq(users.id, jonas.userId));
    await h.db.insert(sessions).values([
      { sessionToken: "a", userId: jonas.userId, expires: new Date(Date.now() + 3_600_000) },
      { sessionToken: "b", userId: jonas.userId, expires: new Date(Date.now() + 3_600_000) },
    ]);
    await h.db
      .insert(verificationTokens)
      .values({ identifier: JONAS, token: "hashed", expires: new Date(Date.now() + 3_600_000) });
    const membershipId = await membershipOf(JONAS);
    expect(await deactivatePerson(ragnhild, membershipId)).toEqual({ result: "deactivated", name: "Jonas Kvamsdal" });
    expect(await h.db.select().from(sessions).where(eq(sessions.userId, jonas.userId))).toHaveLength(0);
    expect(await h.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, JONAS))).toHaveLength(
      0,
    );
    expect(await userExists(h.db, JONAS)).toBe(false);
    const [kept] = await h.db
      .select({ name: users.name, phone: users.phone })
      .from(users)
      .where(eq(users.id, jonas.userId));
    expect(kept).toEqual({ name: "Jonas Kvamsdal", phone: null });
    const link = {
      email: JONAS,
      token: "t",
      secret: "s",
      url: "http://x",
      expires: new Date(Date.now() + 60_000),
      locale: "nb" as const,
    };
    expect(await createMagicLink(h.db, link)).toBe(false);
    expect(await h.db.select().from(verificationTokens)).toHaveLength(0);
    expect((await listPeople(ragnhild)).find((p) => p.email === JONAS)?.status).toBe("deactivated");
    expect(await auditOf("deactivate")).toMatchObject([
      { actorUserId: ragnhild.userId, targetUserId: jonas.userId, details: { scope: "user" } },
    ]);

    await reactivatePerson(ragnhild, membershipId);
    expect(await userExists(h.db, JONAS)).toBe(true);
    expect(await auditOf("reactivate")).toHaveLength(1);
  });

  it("refuses to deactivate oneself", async () => {
    await expectUserError(deactivatePerson(ragnhild, await membershipOf(ragnhild.email)), "people.errors.self");
  });

  it("only removes the membership of someone who also works elsewhere", async () => {
    await invitePerson(sunniva, { name: "Jonas", email: JONAS, role: "consultant", isAdmin: false }, opts);
    await h.db
      .insert(sessions)
      .values({ sessionToken: "a", userId: jonas.userId, expires: new Date(Date.now() + 3_600_000) });
    const here = await membershipOf(JONAS, stableId("org:trondheim-kommune"));
    expect((await deactivatePerson(sunniva, here)).result).toBe("membershipRemoved");
    expect((await loadMemberships(h.db, jonas.userId)).map((m) => m.organizationId)).toEqual([bergen]);
    expect(await userExists(h.db, JONAS)).toBe(true);
    expect(await h.db.select().from(sessions)).toHaveLength(1);
  });

  it("lets an employer deactivate a colleague of the same employer", async () => {
    const { userId } = await invitePerson(
      torstein,
      { name: "Mona", email: "mona@fjordkanten-bygg.example", role: "employer", isAdmin: false },
      opts,
    );
    const [m] = await h.db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, userId));
    expect((await deactivatePerson(torstein, m.id)).result).toBe("deactivated");
  });
});

describe("revokeInvitation", () => {
  const kari = { name: "Kari Nordnes", email: "kari.nordnes@bergen.kommune.example", role: "consultant" as const };
  const invited = async () => {
    const { userId } = await invitePerson(ragnhild, { ...kari, isAdmin: false }, opts);
    const [m] = await h.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.organizationId, bergen)));
    return { userId, membershipId: m.id };
  };

  it("lists an invitation nobody has used as invited, and signed-in demo staff as active", async () => {
    await invited();
    const people = await listPeople(ragnhild);
    expect(people.find((p) => p.email === kari.email)?.status).toBe("invited");
    expect(people.find((p) => p.email === JONAS)?.status).toBe("active");
  });

  it("removes the membership, the sign-in link and the unused account, and writes staff_audit", async () => {
    const { userId, membershipId } = await invited();
    expect(await revokeInvitation(ragnhild, membershipId)).toEqual({ name: kari.name });
    expect(await h.db.select().from(users).where(eq(users.email, kari.email))).toHaveLength(0);
    expect(
      await h.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, kari.email)),
    ).toHaveLength(0);
    expect(await auditOf("revoke_invitation")).toMatchObject([
      { organizationId: bergen, actorUserId: ragnhild.userId, details: { role: "consultant", email: kari.email } },
    ]);
    // The account is gone, so the audit line keeps the address instead of the id.
    expect((await auditOf("revoke_invitation"))[0].targetUserId).toBeNull();
    expect(await userExists(h.db, kari.email)).toBe(false);
    expect(userId).toBeTruthy();
  });

  it("keeps the account and its link when the person is invited by another organization too", async () => {
    const { membershipId } = await invited();
    await invitePerson(marit, { ...kari, role: "association_staff", isAdmin: false }, opts);
    await revokeInvitation(ragnhild, membershipId);
    const [user] = await h.db.select().from(users).where(eq(users.email, kari.email));
    expect(await loadMemberships(h.db, user.id)).toMatchObject([
      { organizationId: stableId("org:bergen-naering"), role: "association_staff" },
    ]);
    expect(
      await h.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, kari.email)),
    ).toHaveLength(2);
  });

  it("refuses someone who has signed in, and another organization's invitation is 404", async () => {
    await expectUserError(revokeInvitation(ragnhild, await membershipOf(JONAS)), "people.errors.notInvited");
    const { membershipId } = await invited();
    await expect(revokeInvitation(sunniva, membershipId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvitation(jonas, membershipId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await h.db.select().from(memberships).where(eq(memberships.id, membershipId))).toHaveLength(1);
    expect(await auditOf("revoke_invitation")).toHaveLength(0);
  });
});
