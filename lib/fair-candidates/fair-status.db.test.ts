import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { events, fairCandidates, fairStands } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { seed } from "@/db/seed";
import { EVENT_IDS } from "@/db/seed/events-data";
import { upcomingFairStatus } from "./data/fair-status";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

describe("the association's coming fairs on its home page", () => {
  it("lists its own coming fair with candidates, stands and the schedule's state", async () => {
    const ctx = await ctxFor(h.db, "marit@naeringsforum-bergen.example");
    const fairs = await upcomingFairStatus(ctx, new Date());
    expect(fairs.map((f) => f.id)).toEqual([EVENT_IDS.bergenUpcoming]);
    const [fair] = fairs;
    const [row] = await h.db
      .select({ published: events.schedulePublishedAt })
      .from(events)
      .where(eq(events.id, fair.id));
    expect(fair.schedulePublished).toBe(row.published !== null);
    const candidates = await h.db.select().from(fairCandidates).where(eq(fairCandidates.eventId, fair.id));
    const stands = await h.db.select().from(fairStands).where(eq(fairStands.eventId, fair.id));
    expect(fair.registered).toBe(candidates.filter((c) => c.status === "registered").length);
    expect(fair.waitlisted).toBe(candidates.filter((c) => c.status === "waitlisted").length);
    expect(fair.stands).toBe(stands.filter((s) => s.status === "registered").length);
    expect(fair.stands).toBeGreaterThan(0);
  });
  it("leaves out cancelled and past fairs", async () => {
    const ctx = await ctxFor(h.db, "marit@naeringsforum-bergen.example");
    await h.db.update(events).set({ status: "cancelled" }).where(eq(events.id, EVENT_IDS.bergenUpcoming));
    expect(await upcomingFairStatus(ctx, new Date())).toEqual([]);
    await h.db.update(events).set({ status: "published" }).where(eq(events.id, EVENT_IDS.bergenUpcoming));
    expect(await upcomingFairStatus(ctx, new Date(Date.now() + 400 * 86_400_000))).toEqual([]);
  });
  it("shows nothing to someone who does not organize fairs", async () => {
    for (const email of ["eirik.nesttun@nav.example", "jonas.kvamsdal@bergen.kommune.example"])
      expect(await upcomingFairStatus(await ctxFor(h.db, email), new Date())).toEqual([]);
  });
});
