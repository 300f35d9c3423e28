import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import type { Adapter } from "next-auth/adapters";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { withAbsoluteLifetime } from "./session-lifetime";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
});

const HOUR = 3_600_000;
const WEEK = 168 * 3600;
const userId = stableId("user:ragnhild.fossdal@bergen.kommune.example");

function adapterAt(now: Date): Adapter {
  const inner = DrizzleAdapter(h.db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  return withAbsoluteLifetime(inner, h.db, WEEK, () => now);
}

/** A session signed in at `createdAt` whose idle expiry has kept sliding into the future. */
async function activeSession(token: string, createdAt: Date) {
  await h.db
    .insert(sessions)
    .values({ sessionToken: token, userId, createdAt, expires: new Date(Date.now() + 8 * HOUR) });
}

const stored = async (token: string) =>
  h.db.select({ token: sessions.sessionToken }).from(sessions).where(eq(sessions.sessionToken, token));

describe("absolute session lifetime", () => {
  it("records the sign-in time of a session Auth.js creates", async () => {
    const before = Date.now();
    await adapterAt(new Date()).createSession!({ sessionToken: "new", userId, expires: new Date(Date.now() + HOUR) });
    const [row] = await h.db.select().from(sessions).where(eq(sessions.sessionToken, "new"));
    expect(Math.abs(row.createdAt.getTime() - before)).toBeLessThan(60_000);
  });

  it("refuses and deletes a session signed in more than 7 days ago, even while it keeps sliding", async () => {
    const now = new Date();
    await activeSession("old", new Date(now.getTime() - 168 * HOUR - 1000));
    await activeSession("recent", new Date(now.getTime() - 2 * HOUR));
    expect(await adapterAt(now).getSessionAndUser!("old")).toBeNull();
    expect(await stored("old")).toHaveLength(0);
    // Another session of the same person is not touched.
    expect(await stored("recent")).toHaveLength(1);
  });

  it("keeps a session just inside the limit", async () => {
    const now = new Date();
    await activeSession("young", new Date(now.getTime() - 167 * HOUR));
    const result = await adapterAt(now).getSessionAndUser!("young");
    expect(result?.user.id).toBe(userId);
    expect(result?.session.sessionToken).toBe("young");
    expect(await stored("young")).toHaveLength(1);
  });

  it("ends a session created now once the clock passes 7 days", async () => {
    const adapter = adapterAt(new Date());
    await adapter.createSession!({ sessionToken: "s", userId, expires: new Date(Date.now() + HOUR) });
    expect(await adapter.getSessionAndUser!("s")).not.toBeNull();
    expect(await adapterAt(new Date(Date.now() + 168 * HOUR + 60_000)).getSessionAndUser!("s")).toBeNull();
    expect(await stored("s")).toHaveLength(0);
  });
});
