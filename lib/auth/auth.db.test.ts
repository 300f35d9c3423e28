import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { emailOutbox, verificationTokens } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { createDemoToken, createMagicLink, loadMemberships } from "./data";
import { hashToken } from "./tokens";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
});

const admin = "ragnhild.fossdal@bergen.kommune.example";
const input = (email: string) => ({
  email,
  token: "raw-token",
  secret: "s3cret",
  url: "http://localhost:3000/api/auth/callback/resend?token=raw-token",
  expires: new Date(Date.now() + 30 * 60_000),
  locale: "nb" as const,
});

describe("magic links", () => {
  it("stores the hashed token and its email together", async () => {
    expect(await createMagicLink(h.db, input(admin))).toBe(true);
    const [token] = await h.db.select().from(verificationTokens);
    expect(token.identifier).toBe(admin);
    expect(token.token).toBe(hashToken("raw-token", "s3cret"));
    const [mail] = await h.db.select().from(emailOutbox);
    expect(mail.toAddress).toBe(admin);
    expect(mail.subject).toBe("Innloggingslenken din til Lagspill");
    expect(mail.textBody).toContain("http://localhost:3000/api/auth/callback/resend?token=raw-token");
    expect(mail.status).toBe("pending");
  });

  it("writes the email in English for an English user", async () => {
    await createMagicLink(h.db, { ...input(admin), locale: "en" });
    const [mail] = await h.db.select().from(emailOutbox);
    expect(mail.subject).toBe("Your sign-in link for Lagspill");
  });

  it("stores and sends nothing for an address without an account", async () => {
    expect(await createMagicLink(h.db, input("nobody@unknown.example"))).toBe(false);
    expect(await h.db.select().from(verificationTokens)).toHaveLength(0);
    expect(await h.db.select().from(emailOutbox)).toHaveLength(0);
  });

  it("lets demo accounts sign in without an email", async () => {
    expect(await createDemoToken(h.db, { email: admin, token: "t", secret: "s", now: new Date() })).toBe(true);
    expect(await h.db.select().from(verificationTokens)).toHaveLength(1);
    expect(await h.db.select().from(emailOutbox)).toHaveLength(0);
    expect(
      await createDemoToken(h.db, { email: "nobody@unknown.example", token: "t", secret: "s", now: new Date() }),
    ).toBe(false);
  });
});

describe("memberships", () => {
  it("loads the person's organizations and roles", async () => {
    const ms = await loadMemberships(h.db, stableId(`user:${admin}`));
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({
      role: "municipality_admin",
      organizationName: "Bergen kommune, integreringstjenesten",
      city: "Bergen",
      organizationKind: "municipality",
    });
  });
});
