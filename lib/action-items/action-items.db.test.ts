import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import {
  councilActionComments,
  councilActionItems,
  councilMeetings,
  councilMembers,
  councilRepresentatives,
  councils,
  emailOutbox,
  users,
} from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { seed, stableId } from "@/db/seed";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { listRuns } from "@/lib/jobs/data";
import { loadCouncil } from "@/lib/council/data/council";
import {
  addActionComment,
  createActionItem,
  getActionItem,
  listActionComments,
  listActionItems,
  setActionItemStatus,
} from "./data/action-items";
import { reminderRunName, sendCouncilReminders } from "./data/reminders";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const MARIT = "marit@naeringsforum-bergen.example"; // Næringsforum Bergen: the secretariat
const EIRIK = "eirik.nesttun@nav.example"; // NAV Bergen vest: the chair
const RAGNHILD = "ragnhild.fossdal@bergen.kommune.example"; // Bergen kommune: a member
const INGVILD = "ingvild@naeringsforum-trondheim.example"; // secretariat of the other council
const org = (key: string) => stableId(`org:${key}`);
const [nav, naering, kommune] = [org("nav-bergen"), org("bergen-naering"), org("bergen-kommune")];
const BERGEN = stableId("test-council:bergen");
const TRONDHEIM = stableId("test-council:trondheim");
const MEETING = stableId("test-meeting:bergen");
const OTHER_MEETING = stableId("test-meeting:trondheim");
const NAV_REP = stableId("test-rep:nav");
const KOMMUNE_REP = stableId("test-rep:kommune");
const NOW = new Date("2026-11-30T08:00:00Z"); // Monday 09:00 in Oslo

/** Two councils of our own, whatever the demo seed holds: a Bergen one and a Trondheim one. */
beforeEach(async () => {
  await h.db.execute(sql`delete from ${councils}`);
  await h.db.execute(sql`delete from ${emailOutbox}`);
  await h.db.execute(sql`delete from job_runs`);
  await h.db.insert(councils).values([
    { id: BERGEN, name: "Testrådet Bergen", city: "Bergen", chairId: nav, secretariatId: naering },
    {
      id: TRONDHEIM,
      name: "Testrådet Trondheim",
      city: "Trondheim",
      chairId: org("nav-trondheim"),
      secretariatId: org("trondheim-naering"),
    },
  ]);
  await h.db
    .insert(councilMembers)
    .values([
      ...[nav, naering, kommune].map((organizationId) => ({ councilId: BERGEN, organizationId })),
      ...["nav-trondheim", "trondheim-naering"].map((k) => ({ councilId: TRONDHEIM, organizationId: org(k) })),
    ]);
  await h.db.insert(councilRepresentatives).values([
    { id: NAV_REP, councilId: BERGEN, organizationId: nav, name: "Eirik Nesttun", email: EIRIK },
    { councilId: BERGEN, organizationId: nav, name: "Sigrid Vest", email: "sigrid.vest@nav.example" },
    { councilId: BERGEN, organizationId: nav, name: "Gått av", email: "gatt.av@nav.example", active: false },
    { id: KOMMUNE_REP, councilId: BERGEN, organizationId: kommune, name: "Ragnhild Fossdal", email: RAGNHILD },
    { councilId: TRONDHEIM, organizationId: org("nav-trondheim"), name: "Trond Sør", email: "trond@nav.example" },
  ]);
  const at = new Date("2026-09-01T08:00:00Z");
  await h.db.insert(councilMeetings).values([
    { id: MEETING, councilId: BERGEN, title: "Rådsmøte september", startsAt: at, endsAt: at, venue: "Rådhuset" },
    {
      id: OTHER_MEETING,
      councilId: TRONDHEIM,
      title: "Rådsmøte Trondheim",
      startsAt: at,
      endsAt: at,
      venue: "Rådhuset",
    },
  ]);
});

const input = (over: Partial<Parameters<typeof createActionItem>[1]> = {}) => ({
  title: "Sende oversikt over praksisplasser",
  ownerOrgId: nav,
  ownerRepresentativeId: NAV_REP,
  dueOn: "2026-12-15",
  meetingId: MEETING,
  ...over,
});

async function itemIn(
  councilId: string,
  ownerOrgId: string,
  over: Partial<typeof councilActionItems.$inferInsert> = {},
) {
  const [row] = await h.db
    .insert(councilActionItems)
    .values({ councilId, ownerOrgId, title: "Punkt", dueOn: "2026-12-15", ...over })
    .returning({ id: councilActionItems.id });
  return row.id;
}

describe("creating an action item", () => {
  it("lets the secretariat create one from a meeting, naming the person", async () => {
    const id = await createActionItem(await ctxFor(h.db, MARIT), input());
    const item = await getActionItem((await loadCouncil(await ctxFor(h.db, MARIT)))!, id);
    expect(item).toMatchObject({
      title: "Sende oversikt over praksisplasser",
      ownerOrgId: nav,
      ownerName: "Eirik Nesttun",
      dueOn: "2026-12-15",
      status: "open",
      meetingId: MEETING,
      version: 1,
    });
  });

  it("refuses the chair and other members: only the secretariat records items", async () => {
    await expect(createActionItem(await ctxFor(h.db, EIRIK), input())).rejects.toBeInstanceOf(NotFoundError);
    await expect(createActionItem(await ctxFor(h.db, RAGNHILD), input())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an owner, person or meeting from outside the council, at the field", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const fieldOf = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e) => (e instanceof UserError ? e.field : e),
      );
    expect(await fieldOf(createActionItem(marit, input({ ownerOrgId: org("nav-trondheim") })))).toBe("ownerOrgId");
    expect(await fieldOf(createActionItem(marit, input({ ownerRepresentativeId: KOMMUNE_REP })))).toBe(
      "ownerRepresentativeId",
    );
    expect(await fieldOf(createActionItem(marit, input({ ownerRepresentativeId: "not-a-uuid" })))).toBe(
      "ownerRepresentativeId",
    );
    expect(await fieldOf(createActionItem(marit, input({ meetingId: OTHER_MEETING })))).toBe("meetingId");
    expect(await h.db.$count(councilActionItems)).toBe(0);
  });
});

describe("scope", () => {
  it("answers NotFoundError for another council's item, whatever the action", async () => {
    const theirs = await itemIn(TRONDHEIM, org("nav-trondheim"));
    const marit = await ctxFor(h.db, MARIT);
    await expect(getActionItem((await loadCouncil(marit))!, theirs)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActionItem((await loadCouncil(marit))!, "nope")).rejects.toBeInstanceOf(NotFoundError);
    await expect(setActionItemStatus(marit, theirs, 1, "done", NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addActionComment(marit, theirs, "Hei")).rejects.toBeInstanceOf(NotFoundError);
    expect(await h.db.$count(councilActionComments)).toBe(0);
  });

  it("lists only the caller's council's items", async () => {
    await itemIn(TRONDHEIM, org("nav-trondheim"), { title: "Trondheims punkt" });
    const mine = await itemIn(BERGEN, nav);
    const marit = await ctxFor(h.db, MARIT);
    expect((await listActionItems(marit, (await loadCouncil(marit))!, {}, "2026-11-30")).map((r) => r.id)).toEqual([
      mine,
    ]);
    const ingvild = await ctxFor(h.db, INGVILD);
    expect(
      (await listActionItems(ingvild, (await loadCouncil(ingvild))!, {}, "2026-11-30")).map((r) => r.title),
    ).toEqual(["Trondheims punkt"]);
  });
});

describe("changing the status", () => {
  it("lets the owner organization and the secretariat change it; another member gets NotFoundError", async () => {
    const id = await itemIn(BERGEN, nav);
    await expect(setActionItemStatus(await ctxFor(h.db, RAGNHILD), id, 1, "done", NOW)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await setActionItemStatus(await ctxFor(h.db, EIRIK), id, 1, "in_progress", NOW);
    await setActionItemStatus(await ctxFor(h.db, MARIT), id, 2, "done", NOW);
    const [row] = await h.db.select().from(councilActionItems).where(eq(councilActionItems.id, id));
    expect(row).toMatchObject({ status: "done", version: 3, doneAt: NOW });
    await setActionItemStatus(await ctxFor(h.db, EIRIK), id, 3, "open", NOW);
    const [reopened] = await h.db.select().from(councilActionItems).where(eq(councilActionItems.id, id));
    expect(reopened).toMatchObject({ status: "open", version: 4, doneAt: null });
  });

  it("refuses a stale version and a change to the same status", async () => {
    const id = await itemIn(BERGEN, nav);
    const eirik = await ctxFor(h.db, EIRIK);
    await setActionItemStatus(eirik, id, 1, "in_progress", NOW);
    await expect(setActionItemStatus(eirik, id, 1, "done", NOW)).rejects.toMatchObject({
      key: "actionItems.errors.stale",
    });
    await expect(setActionItemStatus(eirik, id, 2, "in_progress", NOW)).rejects.toMatchObject({
      key: "actionItems.errors.transition",
    });
  });
});

describe("comments", () => {
  it("stores the text as typed, with the author, for any member", async () => {
    const id = await itemIn(BERGEN, nav);
    const typed = `<script>alert("x")</script> & 'hei'\nlinje to`;
    await addActionComment(await ctxFor(h.db, RAGNHILD), id, typed);
    const [comment] = await listActionComments({ id });
    expect(comment).toMatchObject({ body: typed, authorName: "Ragnhild Fossdal" });
  });
});

describe("the list's filters", () => {
  it("filters by status, overdue, owner and the caller's own organization, earliest due first", async () => {
    const late = await itemIn(BERGEN, kommune, { dueOn: "2026-11-01" });
    const soon = await itemIn(BERGEN, nav, { dueOn: "2026-12-01", status: "in_progress" });
    const done = await itemIn(BERGEN, nav, { dueOn: "2026-10-01", status: "done" });
    const eirik = await ctxFor(h.db, EIRIK);
    const scope = (await loadCouncil(eirik))!;
    const ids = async (f: Parameters<typeof listActionItems>[2]) =>
      (await listActionItems(eirik, scope, f, "2026-11-30")).map((r) => r.id);
    expect(await ids({})).toEqual([late, soon]);
    expect(await ids({ status: "all" })).toEqual([done, late, soon]);
    expect(await ids({ status: "done" })).toEqual([done]);
    expect(await ids({ overdue: "1" })).toEqual([late]);
    expect(await ids({ mine: "1" })).toEqual([soon]);
    expect(await ids({ owner: kommune, status: "all" })).toEqual([late]);
  });
});

describe("the weekly reminder", () => {
  it("emails each active representative of an organization with overdue items, once per week per council", async () => {
    await itemIn(BERGEN, nav, { title: "Forfalt punkt", dueOn: "2026-11-20" });
    await itemIn(BERGEN, nav, { title: "Snart punkt", dueOn: "2026-12-03" });
    await itemIn(BERGEN, kommune, { title: "Kommunens punkt", dueOn: "2026-12-02" }); // only soon due: no reminder
    await itemIn(TRONDHEIM, org("nav-trondheim"), { title: "Ferdig", dueOn: "2026-10-01", status: "done" });

    expect(await sendCouncilReminders(NOW)).toEqual([{ councilId: BERGEN, organizations: 1, sent: 2 }]);
    const mail = await h.db.select().from(emailOutbox).orderBy(emailOutbox.toAddress);
    expect(mail.map((m) => m.toAddress)).toEqual([EIRIK, "sigrid.vest@nav.example"]);
    expect(mail[0]).toMatchObject({
      template: "council_action_reminder",
      subject: "Forfalte oppfølgingspunkter i Testrådet Bergen",
    });
    expect(mail[0].textBody).toContain("Forfalt punkt (frist 20.11.2026)");
    expect(mail[0].textBody).toContain("Snart punkt (frist 03.12.2026)");
    expect(mail[0].textBody).not.toContain("Kommunens punkt");
    expect(mail[0].textBody).toContain("/council/actions");

    // Later the same week (another server, or cron as well as the scheduler): nothing more.
    expect(await sendCouncilReminders(new Date("2026-12-03T12:00:00Z"))).toEqual([]);
    expect(await h.db.$count(emailOutbox)).toBe(2);
    expect((await listRuns(reminderRunName(BERGEN))).map((r) => r.periodKey)).toEqual(["2026-W49"]);

    // The next week NAV is reminded again, and the municipality's item has fallen overdue too.
    expect(await sendCouncilReminders(new Date("2026-12-07T08:00:00Z"))).toEqual([
      { councilId: BERGEN, organizations: 2, sent: 3 },
    ]);
    expect(await h.db.$count(emailOutbox)).toBe(5);
  });

  it("lets only one of two simultaneous runs send", async () => {
    await itemIn(BERGEN, kommune, { dueOn: "2026-11-20" });
    const both = await Promise.all([sendCouncilReminders(NOW), sendCouncilReminders(NOW)]);
    expect(both.flat()).toHaveLength(1);
    expect((await h.db.select().from(emailOutbox)).map((m) => m.toAddress)).toEqual([RAGNHILD]);
  });

  it("sends nothing to a deactivated representative, found by their account or their address", async () => {
    await itemIn(BERGEN, nav, { dueOn: "2026-11-20" });
    await itemIn(BERGEN, kommune, { dueOn: "2026-11-20" });
    const eirik = stableId(`user:${EIRIK}`);
    const sigrid = stableId("test-user:sigrid");
    // Eirik's representative row carries only his address; Sigrid's is linked to her account.
    await h.db.update(users).set({ deactivatedAt: NOW }).where(eq(users.id, eirik));
    await h.db
      .insert(users)
      .values({ id: sigrid, email: "sigrid.privat@example.no", name: "Sigrid Vest", deactivatedAt: NOW });
    await h.db
      .update(councilRepresentatives)
      .set({ userId: sigrid })
      .where(eq(councilRepresentatives.email, "sigrid.vest@nav.example"));
    try {
      expect(await sendCouncilReminders(NOW)).toEqual([{ councilId: BERGEN, organizations: 2, sent: 1 }]);
      expect((await h.db.select().from(emailOutbox)).map((m) => m.toAddress)).toEqual([RAGNHILD]);
    } finally {
      // The seed is shared by the whole file.
      await h.db.update(users).set({ deactivatedAt: null }).where(eq(users.id, eirik));
      await h.db.delete(users).where(eq(users.id, sigrid));
    }
  });
});
