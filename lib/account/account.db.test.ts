import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { sessions, users } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import type { Ctx } from "@/lib/auth/session";
import { listOwnSessions, ownDetails, saveOwnLocale, signOutEverywhere, updateOwnDetails } from "./data";

let h: DbHandle;
let jonas: Ctx, henrik: Ctx;
const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  jonas = await ctxFor(h.db, "jonas.kvamsdal@bergen.kommune.example");
  henrik = await ctxFor(h.db, "henrik.byasveen@trondheim.kommune.example");
  await h.db.insert(sessions).values([
    { sessionToken: "jonas-laptop", userId: jonas.userId, expires: later(8) },
    { sessionToken: "jonas-phone", userId: jonas.userId, expires: later(2) },
    { sessionToken: "henrik", userId: henrik.userId, expires: later(8) },
  ]);
});

describe("account", () => {
  it("lists only the person's own sessions, marks this browser's, and never returns tokens", async () => {
    const list = await listOwnSessions(jonas, "jonas-laptop");
    expect(list.map((s) => s.current)).toEqual([false, true]);
    expect(JSON.stringify(list)).not.toContain("jonas-");
  });

  it("signs out everywhere without touching anyone else", async () => {
    expect(await signOutEverywhere(jonas)).toBe(2);
    expect(await listOwnSessions(jonas, "jonas-laptop")).toEqual([]);
    expect(await h.db.select().from(sessions).where(eq(sessions.userId, henrik.userId))).toHaveLength(1);
  });

  it("changes only the person's own name and phone", async () => {
    const henrikBefore = await ownDetails(henrik);
    await updateOwnDetails(jonas, { name: "Jonas K. Kvamsdal", phone: "+47 912 34 567", locale: "nb" });
    const [me] = await h.db.select({ name: users.name }).from(users).where(eq(users.id, jonas.userId));
    const [other] = await h.db.select({ name: users.name }).from(users).where(eq(users.id, henrik.userId));
    expect(me.name).toBe("Jonas K. Kvamsdal");
    expect(await ownDetails(jonas)).toEqual({ phone: "+47 912 34 567", locale: "nb" });
    expect(other.name).toBe("Henrik Byåsveen");
    expect(await ownDetails(henrik)).toEqual(henrikBefore);
  });

  it("clears the phone when the field is left empty", async () => {
    await updateOwnDetails(jonas, { name: "Jonas Kvamsdal", phone: "+47 912 34 567", locale: "nb" });
    await updateOwnDetails(jonas, { name: "Jonas Kvamsdal", phone: null, locale: "nb" });
    expect(await ownDetails(jonas)).toEqual({ phone: null, locale: "nb" });
  });

  it("stores the language chosen on /account or by the language switch as the person's own", async () => {
    expect((await ownDetails(jonas)).locale).toBeNull();
    await updateOwnDetails(jonas, { name: "Jonas Kvamsdal", phone: null, locale: "en" });
    expect((await ownDetails(jonas)).locale).toBe("en");
    await saveOwnLocale(jonas, "nb");
    expect((await ownDetails(jonas)).locale).toBe("nb");
    await saveOwnLocale(jonas, "en");
    expect((await ownDetails(jonas)).locale).toBe("en");
    expect((await ownDetails(henrik)).locale).toBeNull();
  });
});
