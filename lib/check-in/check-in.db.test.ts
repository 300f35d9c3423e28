import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { fairCandidates } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { addCandidate, makeFair } from "@/db/testing/fair";
import { getDoorCandidate, listDoor, markNoShows, registerWalkIn, setCheckedIn } from "./data";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const MARIT = "marit@naeringsforum-bergen.example";
const INGVILD = "ingvild@naeringsforum-trondheim.example";
const TORSTEIN = "torstein@fjordkanten-bygg.example";

async function candidate(id: string) {
  const [row] = await h.db.select().from(fairCandidates).where(eq(fairCandidates.id, id));
  return row;
}

describe("the door", () => {
  it("lists the registered and the waitlisted, searches by name ignoring case, and takes % literally", async () => {
    const eventId = await makeFair(h.db);
    const amina = await addCandidate(h.db, eventId, { name: "Amina Yusuf" });
    const waiting = await addCandidate(h.db, eventId, { name: "Bashir Said", status: "waitlisted" });
    await addCandidate(h.db, eventId, { name: "Cancelled Person", status: "cancelled" });
    const marit = await ctxFor(h.db, MARIT);

    const all = await listDoor(marit, eventId);
    expect(all.rows.map((r) => r.id)).toEqual([amina, waiting]);
    expect(all.counts).toMatchObject({ registered: 1, waitlisted: 1, checkedIn: 0 });

    expect((await listDoor(marit, eventId, "yUSu")).rows.map((r) => r.id)).toEqual([amina]);
    expect((await listDoor(marit, eventId, "%")).rows).toEqual([]);
  });

  it("checks in once, keeps the first time, lets a waitlisted candidate in, and undoes", async () => {
    const eventId = await makeFair(h.db);
    const id = await addCandidate(h.db, eventId, { status: "waitlisted" });
    const marit = await ctxFor(h.db, MARIT);
    const first = new Date("2026-05-20T08:14:00Z");

    const row = await setCheckedIn(marit, eventId, id, true, first);
    expect(row).toMatchObject({ status: "registered", noShow: false });
    expect(row.checkedInAt?.toISOString()).toBe(first.toISOString());
    await setCheckedIn(marit, eventId, id, true, new Date("2026-05-20T09:00:00Z"));
    expect((await candidate(id)).checkedInAt?.toISOString()).toBe(first.toISOString());

    await setCheckedIn(marit, eventId, id, false);
    expect((await candidate(id)).checkedInAt).toBeNull();

    const gone = await addCandidate(h.db, eventId, { status: "cancelled" });
    await expect(setCheckedIn(marit, eventId, gone, true)).rejects.toBeInstanceOf(UserError);
  });

  it("gives another association, an employer, and a candidate of another event a 404", async () => {
    const eventId = await makeFair(h.db);
    const otherEvent = await makeFair(h.db);
    const id = await addCandidate(h.db, eventId);
    const elsewhere = await addCandidate(h.db, otherEvent);
    const ingvild = await ctxFor(h.db, INGVILD);
    const torstein = await ctxFor(h.db, TORSTEIN);
    const marit = await ctxFor(h.db, MARIT);

    await expect(listDoor(ingvild, eventId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCheckedIn(ingvild, eventId, id, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listDoor(torstein, eventId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDoorCandidate(marit, eventId, elsewhere)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCheckedIn(marit, eventId, elsewhere, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDoorCandidate(marit, eventId, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect((await candidate(elsewhere)).checkedInAt).toBeNull();
  });
});

describe("walk-ins", () => {
  it("registers and checks in at once, past a full capacity", async () => {
    const eventId = await makeFair(h.db, { capacity: 1 });
    await addCandidate(h.db, eventId);
    const marit = await ctxFor(h.db, MARIT);
    const now = new Date("2026-05-20T09:30:00Z");
    const id = await registerWalkIn(
      marit,
      eventId,
      {
        name: "Dawit Tesfay",
        email: "dawit@example.no",
        phone: null,
        educationLevel: "bachelor",
        occupation: ["7115"],
      },
      now,
    );
    expect(await candidate(id)).toMatchObject({
      eventId,
      walkIn: true,
      status: "registered",
      occupations: ["7115"],
      participantId: null,
      email: "dawit@example.no",
    });
    expect((await candidate(id)).checkedInAt?.toISOString()).toBe(now.toISOString());

    await expect(
      registerWalkIn(marit, eventId, {
        name: "Noen andre",
        email: "dawit@example.no",
        phone: null,
        educationLevel: "bachelor",
        occupation: [],
      }),
    ).rejects.toMatchObject({
      key: "checkIn.errors.emailTaken",
      field: "email",
    });
    await expect(
      registerWalkIn(await ctxFor(h.db, INGVILD), eventId, {
        name: "X",
        email: null,
        phone: null,
        educationLevel: "none",
        occupation: [],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("no-shows", () => {
  it("are marked only after the end, only for registered candidates who never came", async () => {
    const startsAt = new Date("2026-05-20T08:00:00Z");
    const eventId = await makeFair(h.db, { startsAt, hours: 6 });
    const came = await addCandidate(h.db, eventId, { checkedInAt: startsAt });
    const missed = await addCandidate(h.db, eventId);
    const waiting = await addCandidate(h.db, eventId, { status: "waitlisted" });
    const marit = await ctxFor(h.db, MARIT);

    await expect(markNoShows(marit, eventId, new Date("2026-05-20T13:00:00Z"))).rejects.toMatchObject({
      key: "checkIn.errors.notEnded",
    });
    expect(await markNoShows(marit, eventId, new Date("2026-05-20T14:00:00Z"))).toBe(1);
    expect((await candidate(missed)).noShow).toBe(true);
    expect((await candidate(came)).noShow).toBe(false);
    expect((await candidate(waiting)).noShow).toBe(false);
    expect(await markNoShows(marit, eventId, new Date("2026-05-21T00:00:00Z"))).toBe(0);
    await expect(
      markNoShows(await ctxFor(h.db, INGVILD), eventId, new Date("2026-05-21T00:00:00Z")),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
