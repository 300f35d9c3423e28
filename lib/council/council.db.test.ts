import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { councilMeetings, councilMembers, councilRepresentatives, councils, emailOutbox } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { seed, stableId } from "@/db/seed";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import {
  addRepresentative,
  councilOverview,
  listRepresentatives,
  loadCouncil,
  requireCouncil,
  setRepresentativeActive,
} from "./data/council";
import { meetingCalendar, sendInvitation } from "./data/invitation";
import { createMeeting, listMeetings, loadMeeting, setMeetingStatus, updateMeeting } from "./data/meetings";
import { removeDecision, reopenMinutes, saveAttendance, saveDecision, saveMinutes } from "./data/minutes";
import { meetingFormSchema } from "./schemas";

let h: DbHandle;
const org = (key: string) => stableId(`org:${key}`);
const NOW = new Date("2026-06-01T10:00:00Z");
const LATER = new Date("2026-10-16T10:00:00Z");
let marit: Ctx, eirik: Ctx, ragnhild: Ctx, petter: Ctx, sunniva: Ctx, ingvild: Ctx;
let councilA = "";
let repIds: string[] = [];

const input = (over: Record<string, string> = {}) =>
  meetingFormSchema.parse({
    title: "Rådsmøte høst",
    date: "2026-10-15",
    startTime: "09:00",
    endTime: "11:00",
    venue: "Rådhuset",
    agendaTitle_0: "Velkommen",
    agendaOwner_0: org("nav-bergen"),
    agendaMinutes_0: "10",
    agendaTitle_1: "Mål for året",
    ...over,
  });

beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
  // Own councils, so the tests do not depend on the demo council: Bergen (the kommune a member)
  // and Trondheim (its kommune not a member, so Sunniva belongs to no council).
  await h.db.delete(councils);
  const [a, b] = await h.db
    .insert(councils)
    .values([
      { name: "Testråd Bergen", city: "Bergen", chairId: org("nav-bergen"), secretariatId: org("bergen-naering") },
      {
        name: "Testråd Trondheim",
        city: "Trondheim",
        chairId: org("nav-trondheim"),
        secretariatId: org("trondheim-naering"),
      },
    ])
    .returning({ id: councils.id });
  councilA = a.id;
  await h.db
    .insert(councilMembers)
    .values([
      ...["nav-bergen", "bergen-naering", "bergen-kommune"].map((k) => ({ councilId: a.id, organizationId: org(k) })),
      ...["nav-trondheim", "trondheim-naering"].map((k) => ({ councilId: b.id, organizationId: org(k) })),
    ]);
  const reps = await h.db
    .insert(councilRepresentatives)
    .values([
      { councilId: a.id, organizationId: org("nav-bergen"), name: "Eirik Nesttun", email: "eirik@rep.example" },
      {
        councilId: a.id,
        organizationId: org("bergen-kommune"),
        name: "Ragnhild Fossdal",
        email: "ragnhild@rep.example",
      },
      {
        councilId: a.id,
        organizationId: org("bergen-naering"),
        name: "Gammel Representant",
        email: "old@rep.example",
        active: false,
      },
      { councilId: b.id, organizationId: org("nav-trondheim"), name: "Petter Ranheimsli", email: "petter@rep.example" },
    ])
    .returning({ id: councilRepresentatives.id });
  repIds = reps.map((r) => r.id);
  marit = await ctxFor(h.db, "marit@naeringsforum-bergen.example");
  eirik = await ctxFor(h.db, "eirik.nesttun@nav.example");
  ragnhild = await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example");
  petter = await ctxFor(h.db, "petter.ranheimsli@nav.example");
  sunniva = await ctxFor(h.db, "sunniva.lerkendal@trondheim.kommune.example");
  ingvild = await ctxFor(h.db, "ingvild@naeringsforum-trondheim.example");
});
afterAll(async () => h.close());

const version = async (id: string) =>
  (await h.db.select({ v: councilMeetings.version }).from(councilMeetings).where(eq(councilMeetings.id, id)))[0].v;

describe("council scope", () => {
  it("gives each member its role and nobody else a council", async () => {
    expect((await loadCouncil(marit))?.role).toBe("secretariat");
    expect((await loadCouncil(eirik))?.role).toBe("chair");
    expect((await loadCouncil(ragnhild))?.role).toBe("member");
    expect(await loadCouncil(sunniva)).toBeNull();
    await expect(requireCouncil(sunniva)).rejects.toThrow(NotFoundError);
    await expect(requireCouncil(eirik, "runMeetings")).rejects.toThrow(NotFoundError);
  });
});

describe("meetings", () => {
  let id = "";

  it("lets only the secretariat create a meeting, with its agenda in order", async () => {
    await expect(createMeeting(eirik, input())).rejects.toThrow(NotFoundError);
    await expect(createMeeting(ragnhild, input())).rejects.toThrow(NotFoundError);
    id = await createMeeting(marit, input());
    const page = await loadMeeting(eirik, id);
    expect(page.agenda.map((a) => [a.title, a.ownerName, a.minutes])).toEqual([
      ["Velkommen", "NAV Bergen vest", 10],
      ["Mål for året", null, null],
    ]);
    expect(page.runsMeetings).toBe(false);
    const { upcoming } = await listMeetings((await loadCouncil(ragnhild))!, NOW);
    expect(upcoming.map((m) => m.id)).toContain(id);
  });

  it("refuses an agenda owner outside the council", async () => {
    await expect(createMeeting(marit, input({ agendaOwner_0: org("trondheim-kommune") }))).rejects.toThrow(UserError);
  });

  it("hides another council's meeting from its members and from non-members", async () => {
    await expect(loadMeeting(petter, id)).rejects.toThrow(NotFoundError);
    await expect(loadMeeting(sunniva, id)).rejects.toThrow(NotFoundError);
    await expect(updateMeeting(ingvild, id, 1, input())).rejects.toThrow(NotFoundError);
    await expect(meetingCalendar(petter, id, "nb")).rejects.toThrow(NotFoundError);
    await expect(loadMeeting(eirik, "not-a-uuid")).rejects.toThrow(NotFoundError);
  });

  it("saves an edit once: a second save with the old version is refused", async () => {
    const v = await version(id);
    await updateMeeting(marit, id, v, input({ title: "Rådsmøte oktober", agendaTitle_2: "Eventuelt" }));
    await expect(updateMeeting(marit, id, v, input({ title: "Overskrevet" }))).rejects.toThrow(
      new UserError("meetings.errors.stale"),
    );
    const page = await loadMeeting(marit, id);
    expect(page.meeting.title).toBe("Rådsmøte oktober");
    expect(page.agenda.map((a) => a.title)).toEqual(["Velkommen", "Mål for året", "Eventuelt"]);
  });

  it("sends one invitation per active representative with the calendar file, and asks before sending again", async () => {
    const before = await h.db.select().from(emailOutbox).where(eq(emailOutbox.template, "council_invitation"));
    await expect(sendInvitation(eirik, id, await version(id), false, "nb", NOW)).rejects.toThrow(NotFoundError);
    expect(await sendInvitation(marit, id, await version(id), false, "nb", NOW)).toBe(2);
    const sent = (await h.db.select().from(emailOutbox).where(eq(emailOutbox.template, "council_invitation"))).slice(
      before.length,
    );
    expect(sent.map((e) => e.toAddress).sort()).toEqual(["eirik@rep.example", "ragnhild@rep.example"]);
    for (const e of sent) {
      expect(e.subject).toBe("Innkalling: Rådsmøte oktober");
      expect(e.textBody).toContain("1. Velkommen (NAV Bergen vest, 10 min)");
      expect(e.htmlBody).toContain("3. Eventuelt");
      expect(e.attachments).toHaveLength(1);
      expect(e.attachments![0]).toMatchObject({ filename: "mote.ics", contentType: "text/calendar; charset=utf-8" });
      expect(e.attachments![0].content).toContain(`UID:${id}@lagspill`);
    }
    expect((await loadMeeting(marit, id)).meeting.invitationSentAt).toEqual(NOW);
    await expect(sendInvitation(marit, id, await version(id), false, "nb", NOW)).rejects.toThrow(
      new UserError("meetings.errors.alreadySent"),
    );
    expect(await sendInvitation(marit, id, await version(id), true, "en", NOW)).toBe(2);
    const again = await h.db.select().from(emailOutbox).where(eq(emailOutbox.template, "council_invitation"));
    expect(again.at(-1)?.subject).toBe("Updated invitation: Rådsmøte oktober");
  });

  it("offers the calendar file to any member", async () => {
    const file = await meetingCalendar(ragnhild, id, "nb");
    expect(file.fileName).toBe("radsmote-oktober.ics");
    expect(file.body).toContain("BEGIN:VEVENT");
  });

  it("shows draft minutes to the secretariat only, approves them after the start and then locks the record", async () => {
    await expect(saveMinutes(eirik, id, await version(id), "Utkast", "draft", NOW)).rejects.toThrow(NotFoundError);
    await saveMinutes(marit, id, await version(id), "## Sak 1\nUtkast", "draft", NOW);
    expect((await loadMeeting(marit, id)).meeting).toMatchObject({
      minutes: "## Sak 1\nUtkast",
      minutesStatus: "draft",
    });
    expect((await loadMeeting(eirik, id)).meeting.minutes).toBe("");
    expect((await loadMeeting(ragnhild, id)).meeting.minutes).toBe("");
    await expect(saveMinutes(marit, id, await version(id), "Vedtatt", "approve", NOW)).rejects.toThrow(
      new UserError("meetings.errors.notStarted"),
    );
    await expect(saveMinutes(marit, id, 1, "Gammel", "draft", LATER)).rejects.toThrow(
      new UserError("meetings.errors.stale"),
    );

    await saveDecision(marit, id, null, "Rådet vedtar handlingsplanen.");
    await saveDecision(marit, id, null, "Neste møte i januar.");
    await saveAttendance(marit, id, [repIds[0]]);
    await expect(saveAttendance(marit, id, [repIds[3]])).rejects.toThrow(NotFoundError);
    const draft = await loadMeeting(eirik, id);
    expect(draft.decisions).toEqual([]);
    expect(draft.attendance.every((a) => a.present === null)).toBe(true);
    expect((await loadMeeting(marit, id)).decisions).toHaveLength(2);
    await saveMinutes(marit, id, await version(id), "## Sak 1\nVedtatt", "approve", LATER);

    const seen = await loadMeeting(eirik, id);
    expect(seen.meeting).toMatchObject({
      minutes: "## Sak 1\nVedtatt",
      minutesStatus: "approved",
      status: "held",
      minutesApprovedBy: marit.userId,
    });
    expect(seen.decisions.map((d) => [d.position, d.text])).toEqual([
      [1, "Rådet vedtar handlingsplanen."],
      [2, "Neste møte i januar."],
    ]);
    expect(seen.attendance.map((a) => [a.name, a.present])).toEqual([
      ["Ragnhild Fossdal", false],
      ["Eirik Nesttun", true],
    ]);
    await expect(saveDecision(marit, id, null, "For sent")).rejects.toThrow(new UserError("meetings.errors.approved"));
    await expect(saveMinutes(marit, id, await version(id), "Endret", "draft", LATER)).rejects.toThrow(
      new UserError("meetings.errors.approved"),
    );
  });

  it("reopens approved minutes, renumbers decisions after a removal", async () => {
    await expect(reopenMinutes(eirik, id, await version(id), LATER)).rejects.toThrow(NotFoundError);
    await reopenMinutes(marit, id, await version(id), LATER);
    expect((await loadMeeting(eirik, id)).meeting.minutes).toBe("");
    const { decisions } = await loadMeeting(marit, id);
    await removeDecision(marit, id, decisions[0].id);
    await saveDecision(marit, id, decisions[1].id, "Neste møte 20. januar.");
    expect((await loadMeeting(marit, id)).decisions.map((d) => [d.position, d.text])).toEqual([
      [1, "Neste møte 20. januar."],
    ]);
    const other = await createMeeting(marit, input());
    await expect(removeDecision(marit, other, decisions[1].id)).rejects.toThrow(NotFoundError);
  });

  it("cancels a planned meeting, marks held only once started", async () => {
    const m = await createMeeting(marit, input());
    await expect(setMeetingStatus(marit, m, await version(m), "held", NOW)).rejects.toThrow(
      new UserError("meetings.errors.statusNotAllowed"),
    );
    await setMeetingStatus(marit, m, await version(m), "cancelled", NOW);
    await expect(sendInvitation(marit, m, await version(m), false, "nb", NOW)).rejects.toThrow(
      new UserError("meetings.errors.notPlanned"),
    );
    const { upcoming, past } = await listMeetings((await loadCouncil(marit))!, NOW);
    expect(upcoming.map((x) => x.id)).not.toContain(m);
    expect(past.map((x) => x.id)).toContain(m);
  });
});

describe("representatives and overview", () => {
  it("lets the secretariat add a representative of a member, linked to a user of that organization", async () => {
    const base = {
      name: "Ny Person",
      email: "ny@rep.example",
      title: "Rådgiver",
      organizationId: org("bergen-kommune"),
      userId: null,
    };
    await expect(addRepresentative(eirik, base)).rejects.toThrow(NotFoundError);
    await expect(addRepresentative(marit, { ...base, organizationId: org("trondheim-kommune") })).rejects.toThrow(
      new UserError("council.errors.organization", "organizationId"),
    );
    await expect(addRepresentative(marit, { ...base, userId: eirik.userId })).rejects.toThrow(
      new UserError("council.errors.user", "userId"),
    );
    await expect(addRepresentative(marit, { ...base, email: "eirik@rep.example" })).rejects.toThrow(
      new UserError("council.errors.emailTaken", "email"),
    );
    await addRepresentative(marit, { ...base, userId: ragnhild.userId });
    const scope = (await loadCouncil(marit))!;
    expect((await listRepresentatives(scope)).map((r) => r.name)).toEqual([
      "Ny Person",
      "Ragnhild Fossdal",
      "Eirik Nesttun",
    ]);
    expect(await listRepresentatives(scope, true)).toHaveLength(4);
  });

  it("deactivates a representative of its own council only", async () => {
    await expect(setRepresentativeActive(ingvild, repIds[0], false)).rejects.toThrow(NotFoundError);
    await expect(setRepresentativeActive(marit, repIds[3], false)).rejects.toThrow(NotFoundError);
    await setRepresentativeActive(marit, repIds[1], false);
    expect((await listRepresentatives((await loadCouncil(marit))!)).map((r) => r.name)).not.toContain(
      "Ragnhild Fossdal",
    );
  });

  it("counts the next meeting, latest approved minutes and goals", async () => {
    const o = await councilOverview((await loadCouncil(ragnhild))!, NOW);
    expect(o.nextMeeting?.title).toBe("Rådsmøte høst");
    expect(o.latestMinutes).toBeNull();
    expect(o).toMatchObject({ openItems: 0, overdueItems: 0, goals: 0 });
    expect(councilA).toBeTruthy();
  });
});
