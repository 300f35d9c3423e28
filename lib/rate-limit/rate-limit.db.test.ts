import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { rateLimits } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { hit, hitInTurn, purgeRateLimits } from "./data";
import { secondsUntilReset } from "./rules";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => resetDb(h));

const limit = { limit: 5, windowMs: 15 * 60_000 };
const t0 = new Date("2026-03-02T10:15:10.000Z");

describe("hit", () => {
  it("allows exactly the limit when 20 requests arrive at once", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => hit("magic-link:email:kari@x.no", limit, t0)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const [row] = await h.db.select().from(rateLimits);
    expect(row.count).toBe(20);
  });

  it("tells how long to wait, and lets requests through again in the next window", async () => {
    for (let i = 0; i < 5; i++) expect((await hit("k", limit, t0)).allowed).toBe(true);
    const denied = await hit("k", limit, new Date("2026-03-02T10:29:00.000Z"));
    expect(denied).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect((await hit("k", limit, new Date("2026-03-02T10:30:00.000Z"))).allowed).toBe(true);
  });

  it("counts each key on its own", async () => {
    for (let i = 0; i < 5; i++) await hit("a", limit, t0);
    expect((await hit("a", limit, t0)).allowed).toBe(false);
    expect((await hit("b", limit, t0)).allowed).toBe(true);
  });

  it("clears windows older than a day when a new window starts", async () => {
    await hit("old", limit, new Date("2026-03-01T08:00:00.000Z"));
    await hit("recent", limit, new Date("2026-03-02T09:00:00.000Z"));
    await hit("k", limit, t0);
    const keys = (await h.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key).sort();
    expect(keys).toEqual(["k", "recent"]);
    expect(await purgeRateLimits(new Date("2026-03-03T00:00:00.000Z"))).toBe(2);
  });
});

describe("hitInTurn", () => {
  const narrow = { limit: 2, windowMs: 15 * 60_000 };
  const wide = { limit: 3, windowMs: 60 * 60_000 };
  const count = async (key: string) =>
    (await h.db.select({ key: rateLimits.key, count: rateLimits.count }).from(rateLimits)).find((r) => r.key === key)
      ?.count ?? 0;

  it("allows while every limit allows, and stops counting at the first that refuses", async () => {
    const checks: [string, typeof narrow][] = [
      ["ip:a", narrow],
      ["fair", wide],
    ];
    expect(await hitInTurn(checks, t0)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect((await hitInTurn(checks, t0)).allowed).toBe(true);
    for (let i = 0; i < 5; i++) expect((await hitInTurn(checks, t0)).allowed).toBe(false);
    // The refused requests from "a" never reached the shared limit: "b" still gets its turn.
    expect(await count("fair")).toBe(2);
    expect(
      (
        await hitInTurn(
          [
            ["ip:b", narrow],
            ["fair", wide],
          ],
          t0,
        )
      ).allowed,
    ).toBe(true);
    const refused = await hitInTurn(
      [
        ["ip:c", narrow],
        ["fair", wide],
      ],
      t0,
    );
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(secondsUntilReset(t0, wide.windowMs));
  });
});
