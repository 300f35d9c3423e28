import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { accessTokens, eventCohosts, events, fairCandidates } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { seed, stableId } from "@/db/seed";
import { fairCandidateIdByToken, issueManageToken } from "@/lib/access-tokens/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import {
  createEvent,
  eventFigures,
  listCohostOptions,
  listEvents,
  loadEvent,
  setEventStatus,
  updateEvent,
} from "./data";
import { eventFormSchema, type EventInput } from "./schemas";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const MARIT = "marit@naeringsforum-bergen.example"; // Næringsforum Bergen
const INGVILD = "ingvild@naeringsforum-trondheim.example"; // Næringsforum Trondheim
const TORSTEIN = "torstein@fjordkanten-bygg.example"; // employer, Bergen
const OLA = "ola@nidelva-bygg.example"; // employer, Trondheim
const EIRIK = "eirik.nesttun@nav.example"; // NAV Bergen vest (partner)
const JONAS = "jonas.kvamsdal@bergen.kommune.example"; // consultant, Bergen
const bergenKommune = stableId("org:bergen-kommune");
const navBergen = stableId("org:nav-bergen");
const NOW = new Date("2026-06-01T10:00:00Z");

const form = (over: Record<string, string> = {}) => ({
  kind: "career_fair",
  title: "Karrieretorg høst",
  description: "Møt bedrifter som rekrutterer.",
  date: "2026-10-15",
  startTime: "09:00",
  endTime: "15:00",
  venue: "Grieghallen",
  capacity: "150",
  standCapacity: "20",
  registrationOpens: "2026-08-01",
  registrationCloses: "2026-10-08",
  minEducation: "vocational",
  interviewStart: "10:00",
  interviewMinutes: "15",
  interviewRounds: "12",
  [`cohost_${bergenKommune}`]: "on",
  ...over,
});
const input = (over: Record<string, string> = {}): EventInput => eventFormSchema.parse(form(over));

describe("event form schema", () => {
  it("reads date and times as Oslo time, co-hosts from checkboxes, closing at the end of the day", () => {
    const v = input();
    expect(v.startsAt.toISOString()).toBe("2026-10-15T07:00:00.000Z");
    expect(v.endsAt.toISOString()).toBe("2026-10-15T13:00:00.000Z");
    expect(v.interviewStartsAt?.toISOString()).toBe("2026-10-15T08:00:00.000Z");
    expect(v.registrationClosesAt?.toISOString()).toBe("2026-10-08T22:00:00.000Z");
    expect(v.cohostIds).toEqual([bergenKommune]);
    expect(v).toMatchObject({
      capacity: 150,
      standCapacity: 20,
      minEducation: "vocational",
      interviewMinutes: 15,
      interviewRounds: 12,
    });
  });

  it("puts every error at its field at once", () => {
    const r = eventFormSchema.safeParse(
      form({ title: "", endTime: "08:00", registrationCloses: "2026-10-20", capacity: "0", interviewRounds: "" }),
    );
    expect(r.success).toBe(false);
    const byField = Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
    expect(byField).toMatchObject({
      title: "required",
      endTime: "events.errors.endBeforeStart",
      registrationCloses: "events.errors.closesAfterEvent",
      capacity: "events.errors.capacity",
      interviewRounds: "events.errors.interviewIncomplete",
    });
  });

  it("refuses interview rounds that do not fit the event, and drops fair-only fields for other kinds", () => {
    const r = eventFormSchema.safeParse(form({ interviewRounds: "40" }));
    expect(r.error?.issues.map((i) => i.message)).toEqual(["events.errors.interviewsOutside"]);
    const meeting = input({ kind: "breakfast_meeting", interviewRounds: "40" });
    expect(meeting).toMatchObject({ standCapacity: null, interviewStartsAt: null, interviewRounds: null });
  });
});

describe("events", () => {
  it("creates a draft with co-hosts in the association's city only", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const options = await listCohostOptions(marit);
    expect(options.map((o) => o.id)).toEqual(expect.arrayContaining([bergenKommune, navBergen]));
    expect(options.some((o) => o.id === stableId("org:trondheim-kommune"))).toBe(false);

    const id = await createEvent(marit, input({ [`cohost_${navBergen}`]: "on" }));
    const { event, cohosts, access } = await loadEvent(marit, id);
    expect(event).toMatchObject({ status: "draft", version: 1, associationId: stableId("org:bergen-naering") });
    expect(cohosts.map((c) => c.id).sort()).toEqual([bergenKommune, navBergen].sort());
    expect(access).toBe("organizer");

    await expect(
      createEvent(marit, input({ [`cohost_${stableId("org:trondheim-kommune")}`]: "on" })),
    ).rejects.toMatchObject({ key: "events.errors.cohost" });
  });

  it("shows a draft to organizer and co-hosts only; published events to the city's employers and staff", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const id = await createEvent(marit, input({ title: "Utkast til messe", [`cohost_${navBergen}`]: "on" }));
    const eirik = await ctxFor(h.db, EIRIK);
    const torstein = await ctxFor(h.db, TORSTEIN);
    const jonas = await ctxFor(h.db, JONAS); // Bergen kommune co-hosts too
    const ola = await ctxFor(h.db, OLA);
    const ingvild = await ctxFor(h.db, INGVILD);

    expect((await loadEvent(eirik, id)).access).toBe("cohost");
    expect((await loadEvent(jonas, id)).access).toBe("cohost");
    await expect(loadEvent(torstein, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listEvents(eirik, NOW)).upcoming.some((e) => e.id === id)).toBe(true);
    expect((await listEvents(torstein, NOW)).upcoming.some((e) => e.id === id)).toBe(false);

    await setEventStatus(marit, id, 1, "published", NOW);
    expect((await loadEvent(torstein, id)).access).toBe("employer");
    expect((await listEvents(torstein, NOW)).upcoming.some((e) => e.id === id)).toBe(true);
    // Another city's employer and another association never see it.
    await expect(loadEvent(ola, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadEvent(ingvild, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listEvents(ola, NOW)).upcoming.some((e) => e.id === id)).toBe(false);
    expect((await listEvents(ingvild, NOW)).upcoming.some((e) => e.id === id)).toBe(false);
  });

  it("lists upcoming events soonest first and past ones after", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const past = await createEvent(
      marit,
      input({
        title: "Frokostmøte i fjor",
        kind: "breakfast_meeting",
        date: "2026-02-10",
        registrationOpens: "",
        registrationCloses: "",
      }),
    );
    const soon = await createEvent(
      marit,
      input({
        title: "Infomøte snart",
        kind: "info_meeting",
        date: "2026-06-10",
        registrationOpens: "",
        registrationCloses: "",
      }),
    );
    const { upcoming, past: before } = await listEvents(marit, NOW);
    expect(before.map((e) => e.id)).toContain(past);
    expect(upcoming.map((e) => e.id)).not.toContain(past);
    const starts = upcoming.map((e) => e.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(upcoming.findIndex((e) => e.id === soon)).toBeLessThan(
      upcoming.findIndex((e) => e.title === "Karrieretorg høst"),
    );
  });

  it("lets only the organizer edit; a stale version is refused and nothing changes", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const ingvild = await ctxFor(h.db, INGVILD);
    const eirik = await ctxFor(h.db, EIRIK);
    const id = await createEvent(marit, input({ title: "Redigeres" }));
    await expect(updateEvent(ingvild, id, 1, input({ title: "Kapret" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateEvent(eirik, id, 1, input({ title: "Kapret" }))).rejects.toBeInstanceOf(NotFoundError);

    await updateEvent(
      marit,
      id,
      1,
      input({ title: "Endret", [`cohost_${bergenKommune}`]: "", [`cohost_${navBergen}`]: "on" }),
    );
    const after = await loadEvent(marit, id);
    expect(after.event).toMatchObject({ title: "Endret", version: 2 });
    expect(after.cohosts.map((c) => c.id)).toEqual([navBergen]);

    const stale = updateEvent(marit, id, 1, input({ title: "Gammel versjon" }));
    await expect(stale).rejects.toBeInstanceOf(UserError);
    await expect(stale).rejects.toMatchObject({ key: "events.errors.stale" });
    const [row] = await h.db.select({ title: events.title }).from(events).where(eq(events.id, id));
    expect(row.title).toBe("Endret");
  });

  it("moves the expiry of links already emailed when the event is postponed", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const id = await createEvent(marit, input({ title: "Utsettes" }));
    const [c] = await h.db
      .insert(fairCandidates)
      .values({ eventId: id, name: "Amal Hassan", email: "amal@example.org", educationLevel: "vocational" })
      .returning({ id: fairCandidates.id });
    const token = await issueManageToken(h.db, c.id, input());
    await updateEvent(marit, id, 1, input({ title: "Utsatt", date: "2026-12-15" }));
    const [row] = await h.db.select().from(accessTokens).where(eq(accessTokens.fairCandidateId, c.id));
    expect(row.expiresAt.toISOString()).toBe("2027-01-14T14:00:00.000Z");
    expect(await fairCandidateIdByToken(token, new Date("2027-01-01T12:00:00Z"))).toBe(c.id);
  });

  it("moves status only along the allowed path, completing only after the start", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const ingvild = await ctxFor(h.db, INGVILD);
    const id = await createEvent(marit, input({ title: "Status" }));
    await expect(setEventStatus(ingvild, id, 1, "published", NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setEventStatus(marit, id, 1, "completed", NOW)).rejects.toMatchObject({
      key: "events.errors.statusNotAllowed",
    });
    await setEventStatus(marit, id, 1, "published", NOW);
    await expect(setEventStatus(marit, id, 2, "completed", NOW)).rejects.toMatchObject({
      key: "events.errors.statusNotAllowed",
    });
    await setEventStatus(marit, id, 2, "completed", new Date("2026-10-15T12:00:00Z"));
    expect((await loadEvent(marit, id)).event.status).toBe("completed");
    await expect(setEventStatus(marit, id, 3, "cancelled", NOW)).rejects.toMatchObject({
      key: "events.errors.statusNotAllowed",
    });
  });

  it("gives figures to organizer and co-hosts, never to employers", async () => {
    const marit = await ctxFor(h.db, MARIT);
    const id = await createEvent(marit, input({ title: "Tall" }));
    await setEventStatus(marit, id, 1, "published", NOW);
    const jonas = await ctxFor(h.db, JONAS);
    const figures = await eventFigures(jonas, id);
    const zero = { value: 0, suppressed: false };
    expect(figures).toEqual({
      candidates: { registered: zero, waitlisted: zero, cancelled: zero, checkedIn: zero },
      stands: 0,
      representatives: 0,
      invitations: { sent: 0, registered: 0, declined: 0 },
      interviews: zero,
    });
    await expect(eventFigures(await ctxFor(h.db, TORSTEIN), id)).rejects.toBeInstanceOf(NotFoundError);
    const cohostRows = await h.db.select().from(eventCohosts).where(eq(eventCohosts.eventId, id));
    expect(cohostRows).toHaveLength(1);
  });
});
