import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db";
import { verificationTokens } from "@/db/schema";
import { seed } from "@/db/seed";
import { demoAccounts } from "@/db/seed/data";
import { openTestDb, resetDb } from "@/db/testing";
import { hashToken } from "@/lib/auth/tokens";
import { demoSignInToken } from "./data";

let h: DbHandle;
beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "demo-test-secret");
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await h.close();
});

describe("demoSignInToken", () => {
  it("gives a demo account a one-time token, stored only as its hash", async () => {
    const email = demoAccounts[0].email;
    const token = await demoSignInToken(email, new Date());
    expect(token).toEqual(expect.any(String));
    const rows = await h.db.select().from(verificationTokens);
    expect(rows).toEqual([
      expect.objectContaining({ identifier: email, token: hashToken(token!, "demo-test-secret") }),
    ]);
  });

  it("gives nothing to an address that is not a demo account", async () => {
    const before = (await h.db.select().from(verificationTokens)).length;
    expect(await demoSignInToken("nobody@unknown.example", new Date())).toBeNull();
    expect(await h.db.select().from(verificationTokens)).toHaveLength(before);
  });
});
