import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db";
import {
  emailOutbox,
  employerContacts,
  employerRelations,
  memberships,
  organizations,
  placementEvents,
  placements,
  staffAudit,
  users,
  verificationTokens,
} from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { insertPlacement, insertSlot, participantsOf } from "@/db/testing/placements";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { hashToken } from "@/lib/auth/tokens";
import { authSecret } from "@/lib/config";
import {
  addContactPerson,
  inviteEmployerContact,
  setContactPerson,
  updateEmployerProfile,
  yourContact,
} from "./data/contacts";
import { employerHistory, getEmployer, listEmployers } from "./data/employers";

// Lets one test make the outbox fail after the user, membership and token were written.
const outbox = vi.hoisted(() => ({ fail: false }));
vi.mock("@/lib/email/data", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/email/data")>();
  return {
    ...actual,
    sendEmail: async (...args: Parameters<typeof actual.sendEmail>) => {
      if (outbox.fail) throw new Error("outbox unavailable");
      return actual.sendEmail(...args);
    },
  };
});

let h: DbHandle;
let jonas: Ctx, henrik: Ctx, torstein: Ctx;
const fjordkanten = stableId("org:bergen-employer-1");
const nidelva = stableId("org:trondheim-employer-1");
const opts = { locale: "nb" as const };

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  outbox.fail = false;
  await resetDb(h);
  await seed(h.db);
  jonas = await ctxFor(h.db, "jonas.kvamsdal@bergen.kommune.example");
  henrik = await ctxFor(h.db, "henrik.byasveen@trondheim.kommune.example");
  torstein = await ctxFor(h.db, "torstein@fjordkanten-bygg.example");
});

const page = { page: 1, pageSize: 50 };

describe("listEmployers", () => {
  it("lists only the employers of the caller's city, with their municipality contact", async () => {
    const { rows, total } = await listEmployers(jonas, page);
    expect(total).toBe(15);
    expect(rows.some((r) => r.id === nidelva)).toBe(false);
    expect(rows.find((r) => r.id === fjordkanten)?.contactName).toBe("Jonas Kvamsdal");
  });

  it("filters by name or organization number, industry and association membership", async () => {
    expect((await listEmployers(jonas, { ...page, q: "fjordkanten" })).rows.map((r) => r.name)).toEqual([
      "Fjordkanten Bygg AS",
    ]);
    const [org] = await h.db
      .select({ n: organizations.orgNumber })
      .from(organizations)
      .where(eq(organizations.id, fjordkanten));
    expect(
      (await listEmployers(jonas, { ...page, q: `${org.n.slice(0, 3)} ${org.n.slice(3)}` })).rows.map((r) => r.id),
    ).toContain(fjordkanten);
    const building = await listEmployers(jonas, { ...page, industry: "construction" });
    expect(building.rows.length).toBeGreaterThan(0);
    expect(building.rows.every((r) => r.industry === "construction")).toBe(true);
    const members = await listEmployers(jonas, { ...page, member: "yes" });
    const others = await listEmployers(jonas, { ...page, member: "no" });
    expect(members.rows.every((r) => r.isMember) && others.rows.every((r) => !r.isMember)).toBe(true);
    expect(members.total + others.total).toBe(15);
    expect(members.total).toBeGreaterThanOrEqual(5);
  });

  it("pages in the database", async () => {
    const first = await listEmployers(jonas, { page: 1, pageSize: 10 });
    const second = await listEmployers(jonas, { page: 2, pageSize: 10 });
    expect(first.rows).toHaveLength(10);
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(15);
  });
});

describe("getEmployer and employerHistory", () => {
  it("shows the profile, associations, contact people and the municipality contact", async () => {
    const e = await getEmployer(jonas, fjordkanten);
    expect(e.name).toBe("Fjordkanten Bygg AS");
    expect(e.industry).toBe("construction");
    expect(e.website).toBe("https://fjordkanten-bygg.example");
    expect(e.associations.map((a) => a.name)).toEqual(["Næringsforum Bergen"]);
    expect(e.contacts.find((c) => c.email === "torstein@fjordkanten-bygg.example")?.hasAccount).toBe(true);
    expect(e.contactPerson?.name).toBe("Jonas Kvamsdal");
    // The demo caseload logs job-development contacts with Bergen's employers.
    const history = await employerHistory(jonas, stableId("org:bergen-employer-1"));
    expect(history.years.reduce((n, y) => n + y.contacts, 0)).toBeGreaterThan(0);
  });

  it("counts a hire in the year the placement was completed, not the year it was proposed", async () => {
    const slot = await insertSlot(h.db, { employer: "bergen-employer-2" });
    const [participantId] = await participantsOf(h.db, "bergen");
    const id = await insertPlacement(h.db, slot, participantId, "completed");
    await h.db
      .update(placements)
      .set({ outcome: "hired", createdAt: new Date("2019-11-01T10:00:00Z") })
      .where(eq(placements.id, id));
    await h.db
      .insert(placementEvents)
      .values({ placementId: id, fromStage: "active", toStage: "completed", at: new Date("2020-02-03T10:00:00Z") });
    const { years } = await employerHistory(jonas, stableId("org:bergen-employer-2"));
    expect(years.find((y) => y.year === 2019)).toMatchObject({ placements: 1, hires: 0 });
    expect(years.find((y) => y.year === 2020)).toMatchObject({ hires: 1 });
  });

  it("gives Trondheim staff a 404 on a Bergen employer, and anyone a 404 on a non-employer", async () => {
    await expect(getEmployer(henrik, fjordkanten)).rejects.toBeInstanceOf(NotFoundError);
    await expect(employerHistory(henrik, fjordkanten)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getEmployer(jonas, stableId("org:bergen-naering"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(getEmployer(jonas, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("updateEmployerProfile", () => {
  const profile = {
    industry: "retail" as const,
    sizeBand: "10-49" as const,
    address: "Strandkaien 2, Bergen",
    area: "Bergenhus",
    website: "https://ny.example",
  };

  it("saves the profile and refuses an organization number another organization has", async () => {
    const [own] = await h.db
      .select({ n: organizations.orgNumber })
      .from(organizations)
      .where(eq(organizations.id, fjordkanten));
    await updateEmployerProfile(jonas, fjordkanten, { ...profile, orgNumber: own.n });
    expect((await getEmployer(jonas, fjordkanten)).industry).toBe("retail");
    const [other] = await h.db
      .select({ n: organizations.orgNumber })
      .from(organizations)
      .where(eq(organizations.id, stableId("org:bergen-employer-2")));
    const err = await updateEmployerProfile(jonas, fjordkanten, { ...profile, orgNumber: other.n }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).field).toBe("orgNumber");
    await expect(updateEmployerProfile(henrik, fjordkanten, { ...profile, orgNumber: own.n })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("setContactPerson", () => {
  it("accepts staff of the municipality and refuses anyone else", async () => {
    const leyla = stableId("user:leyla.brattebo@bergen.kommune.example");
    await setContactPerson(jonas, fjordkanten, leyla);
    const [rel] = await h.db.select().from(employerRelations).where(eq(employerRelations.employerId, fjordkanten));
    expect(rel.contactUserId).toBe(leyla);
    await expect(setContactPerson(jonas, fjordkanten, henrik.userId)).rejects.toBeInstanceOf(UserError);
    await expect(setContactPerson(jonas, fjordkanten, torstein.userId)).rejects.toBeInstanceOf(UserError);
  });

  it("is what the employer sees as their contact, with the phone the person gave", async () => {
    expect(await yourContact(torstein)).toEqual([
      {
        name: "Jonas Kvamsdal",
        email: "jonas.kvamsdal@bergen.kommune.example",
        phone: "+47 400 00 102",
        municipality: "Bergen kommune, integreringstjenesten",
      },
    ]);
    expect(await yourContact(jonas)).toEqual([]);
  });
});

describe("inviteEmployerContact", () => {
  const invitee = { name: "Mona Byggvik", email: "mona@fjordkanten-bygg.example", title: "Prosjektleder", phone: null };

  it("creates the user, employer membership, contact, token and email together", async () => {
    const { userId, created } = await inviteEmployerContact(jonas, fjordkanten, invitee, opts);
    expect(created).toBe(true);
    const [m] = await h.db.select().from(memberships).where(eq(memberships.userId, userId));
    expect(m).toMatchObject({ organizationId: fjordkanten, role: "employer" });
    const [c] = await h.db.select().from(employerContacts).where(eq(employerContacts.userId, userId));
    expect(c).toMatchObject({ employerId: fjordkanten, name: "Mona Byggvik", invitedBy: jonas.userId });
    const [mail] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, invitee.email));
    expect(mail.template).toBe("employer_invitation");
    const token = new URL(mail.textBody.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
    const [stored] = await h.db
      .select()
      .from(verificationTokens)
      .where(eq(verificationTokens.identifier, invitee.email));
    expect(stored.token).toBe(hashToken(token, authSecret()));
    expect(stored.expires.getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
  });

  it("does not duplicate the membership or the contact when the same email is invited again", async () => {
    await inviteEmployerContact(jonas, fjordkanten, invitee, opts);
    const again = await inviteEmployerContact(
      jonas,
      fjordkanten,
      { ...invitee, email: "MONA@fjordkanten-bygg.example".toLowerCase() },
      opts,
    );
    expect(again.created).toBe(false);
    const [{ n }] = await h.db.select({ n: count() }).from(memberships).where(eq(memberships.userId, again.userId));
    expect(n).toBe(1);
    const [{ c }] = await h.db
      .select({ c: count() })
      .from(employerContacts)
      .where(eq(employerContacts.userId, again.userId));
    expect(c).toBe(1);
  });

  it("writes who invited whom to which employer in staff_audit, under the inviter's municipality", async () => {
    const { userId } = await inviteEmployerContact(jonas, fjordkanten, invitee, opts);
    const rows = await h.db.select().from(staffAudit).where(eq(staffAudit.targetUserId, userId));
    expect(rows).toEqual([
      expect.objectContaining({
        organizationId: jonas.membership.organizationId,
        actorUserId: jonas.userId,
        action: "invite_employer_contact",
        details: { role: "employer", employerId: fjordkanten, newUser: true },
      }),
    ]);
  });

  it("gives a contact person of another employer an extra employer membership", async () => {
    const bryggeloftet = stableId("org:bergen-employer-2");
    const { userId, created } = await inviteEmployerContact(
      jonas,
      bryggeloftet,
      { ...invitee, name: "Torstein", email: "torstein@fjordkanten-bygg.example" },
      opts,
    );
    expect(created).toBe(false);
    const rows = await h.db
      .select({ org: memberships.organizationId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, userId));
    expect(rows).toEqual(
      expect.arrayContaining([
        { org: fjordkanten, role: "employer" },
        { org: bryggeloftet, role: "employer" },
      ]),
    );
  });

  /** Everything an invitation would write for this person, to show that a refusal wrote none of it. */
  async function traces(email: string) {
    const [user] = await h.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return {
      employerMemberships: await h.db
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, user.id), eq(memberships.role, "employer"))),
      contacts: await h.db.select().from(employerContacts).where(eq(employerContacts.userId, user.id)),
      tokens: await h.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, email)),
      mail: await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)),
      audit: await h.db.select().from(staffAudit).where(eq(staffAudit.targetUserId, user.id)),
    };
  }
  const nothing = { employerMemberships: [], contacts: [], tokens: [], mail: [], audit: [] };

  it("refuses the inviter's own email at the email field and writes nothing", async () => {
    const err = await inviteEmployerContact(jonas, fjordkanten, { ...invitee, email: jonas.email }, opts).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ key: "employers.errors.inviteSelf", field: "email" });
    expect(await traces(jonas.email)).toEqual(nothing);
  });

  it("refuses another municipality's consultant at the email field and writes nothing", async () => {
    const err = await inviteEmployerContact(jonas, fjordkanten, { ...invitee, email: henrik.email }, opts).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ key: "employers.errors.inviteStaff", field: "email" });
    expect(await traces(henrik.email)).toEqual(nothing);
  });

  it("refuses a colleague in the inviter's own municipality too", async () => {
    const leyla = "leyla.brattebo@bergen.kommune.example";
    await expect(inviteEmployerContact(jonas, fjordkanten, { ...invitee, email: leyla }, opts)).rejects.toMatchObject({
      key: "employers.errors.inviteStaff",
      field: "email",
    });
    expect(await traces(leyla)).toEqual(nothing);
  });

  it("rolls everything back when the email cannot be written", async () => {
    outbox.fail = true;
    await expect(inviteEmployerContact(jonas, fjordkanten, invitee, opts)).rejects.toThrow("outbox unavailable");
    expect(await h.db.select().from(users).where(eq(users.email, invitee.email))).toEqual([]);
    expect(
      await h.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, invitee.email)),
    ).toEqual([]);
    expect(await h.db.select().from(employerContacts).where(eq(employerContacts.email, invitee.email))).toEqual([]);
  });

  it("refuses an employer of another city", async () => {
    await expect(inviteEmployerContact(henrik, fjordkanten, invitee, opts)).rejects.toBeInstanceOf(NotFoundError);
    expect(await h.db.select().from(users).where(eq(users.email, invitee.email))).toEqual([]);
  });
});

describe("addContactPerson", () => {
  it("records a person without an account, once per email", async () => {
    const person = { name: "Per Regnskap", email: "per@fjordkanten-bygg.example", title: null, phone: "55 55 55 55" };
    const id = await addContactPerson(jonas, fjordkanten, person);
    expect(await addContactPerson(jonas, fjordkanten, { ...person, title: "Regnskapsfører" })).toBe(id);
    const rows = await h.db
      .select()
      .from(employerContacts)
      .where(and(eq(employerContacts.employerId, fjordkanten), eq(employerContacts.email, person.email)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: null, title: "Regnskapsfører" });
    expect(await h.db.select().from(users).where(eq(users.email, person.email))).toEqual([]);
  });
});
