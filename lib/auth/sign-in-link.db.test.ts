// Both ways to ask for a sign-in link, through the real Auth.js: a POST to its own endpoint
// (handlers.POST, what /api/auth/signin/resend runs) and the app's form (signIn(), which calls
// Auth.js in-process). next/headers stands in for the request scope Next gives both.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db";
import { emailOutbox, verificationTokens } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { CLIENT_IP_HEADER, LIMITS, setProcessStamp, stampedAddress } from "@/lib/rate-limit/rules";
import { hashToken } from "./tokens";

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("@/lib/email/worker", () => ({ kickDelivery: async () => {} }));

const { handlers, MagicLinkLimited, signIn } = await import("./auth");
const { requestMagicLink } = await import("./data");

const APP_URL = "https://lagspill.kommune.example";
const ADMIN = "ragnhild.fossdal@bergen.kommune.example";
// What a client can claim about where it reached the server.
// As the request hook does on a real server (lib/security/client-address-hook.ts).
const STAMP = "test-process-stamp";
setProcessStamp(STAMP);
const FORGED = { host: "evil.example", "x-forwarded-host": "evil2.example:8443", "x-forwarded-proto": "https" };

let h: DbHandle;
beforeAll(async () => {
  vi.stubEnv("APP_URL", APP_URL);
  vi.stubEnv("AUTH_SECRET", "sign-in-link-test-secret");
  h = await openTestDb();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await h.close();
});
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  request.headers = new Headers({ ...FORGED, [CLIENT_IP_HEADER]: stampedAddress("203.0.113.10", STAMP) });
});

/** A POST to Auth.js's own endpoint, as curl would send it: csrf token and cookie first. */
async function postToAuthJs(email: string): Promise<string> {
  const base = `http://${FORGED.host}/api/auth`;
  const csrf = await handlers.GET(new NextRequest(`${base}/csrf`, { headers: request.headers }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await handlers.POST(
    new NextRequest(`${base}/signin/resend`, {
      method: "POST",
      headers: { ...Object.fromEntries(request.headers), cookie: cookie.join("; ") },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: "/participants" }),
    }),
  );
  expect(res.status).toBe(302);
  return res.headers.get("location")!;
}

/** What the sign-in form's action does; resolves with "sent" or "limited". */
async function submitForm(email: string): Promise<"sent" | "limited"> {
  try {
    await signIn("resend", { email, redirectTo: "/participants", redirect: false });
    return "sent";
  } catch (err) {
    if (err instanceof MagicLinkLimited) return "limited";
    throw err;
  }
}

const linksTo = async (email: string) =>
  (await h.db.select({ text: emailOutbox.textBody }).from(emailOutbox))
    .filter((m) => m.text.includes(encodeURIComponent(email)))
    .map((m) => m.text.match(/https?:\/\/\S+/)![0]);

describe("the link in the sign-in email", () => {
  it("is on APP_URL when the request to Auth.js's endpoint forges Host and X-Forwarded-*", async () => {
    const location = await postToAuthJs(ADMIN);
    expect(location).toContain("/api/auth/verify-request");
    const [link] = await linksTo(ADMIN);
    expect(link.startsWith(`${APP_URL}/api/auth/callback/resend?`)).toBe(true);
    expect(new URL(link).searchParams.get("callbackUrl")).toBe("/participants");
    expect(link).not.toContain("evil");
  });

  it("is on APP_URL when the form's request forges them", async () => {
    expect(await submitForm(ADMIN)).toBe("sent");
    const [link] = await linksTo(ADMIN);
    expect(link.startsWith(`${APP_URL}/api/auth/callback/resend?`)).toBe(true);
    expect(link).not.toContain("evil");
  });

  it("keeps the token, the address and a same-site callback of the link Auth.js built", async () => {
    const now = new Date();
    const result = await requestMagicLink(h.db, {
      email: ADMIN,
      ip: "203.0.113.20",
      token: "raw-token",
      secret: "s3cret",
      url: "https://evil.example/api/auth/callback/resend?callbackUrl=https%3A%2F%2Fevil.example%2Fhome&token=raw-token&email=ragnhild.fossdal%40bergen.kommune.example",
      expires: new Date(now.getTime() + 30 * 60_000),
      locale: "nb",
      now,
    });
    expect(result).toEqual({ status: "queued" });
    const [link] = await linksTo(ADMIN);
    expect(link).toBe(
      `${APP_URL}/api/auth/callback/resend?callbackUrl=%2Fhome&token=raw-token&email=ragnhild.fossdal%40bergen.kommune.example`,
    );
    const [stored] = await h.db.select().from(verificationTokens);
    expect(stored.token).toBe(hashToken("raw-token", "s3cret"));
  });
});

describe("one limit for every way to ask for a link", () => {
  it("counts the endpoint and the form together per address, and refuses both past it", async () => {
    const { limit } = LIMITS.magicLinkPerEmail;
    for (let i = 0; i < limit; i++) {
      if (i % 2 === 0) expect(await postToAuthJs(ADMIN)).toContain("/api/auth/verify-request");
      else expect(await submitForm(ADMIN)).toBe("sent");
    }
    expect(await linksTo(ADMIN)).toHaveLength(limit);

    // Over the limit: the endpoint sends the client to our sign-in page with a notice, the form
    // gets the error to turn into its message, and neither queues an email.
    const refused = new URL(await postToAuthJs(ADMIN));
    expect(refused.pathname).toBe("/sign-in");
    expect(Object.fromEntries(refused.searchParams)).toEqual({ error: "CredentialsSignin", code: "rate_limited" });
    expect(await submitForm(ADMIN)).toBe("limited");
    expect(await postToAuthJs(ADMIN)).toContain("code=rate_limited");
    expect(await linksTo(ADMIN)).toHaveLength(limit);
    expect(await h.db.select().from(verificationTokens)).toHaveLength(limit);
  });

  it("counts per client address across different addresses, on both paths", async () => {
    const { limit } = LIMITS.magicLinkPerIp;
    for (let i = 0; i < limit; i++) {
      const email = `nobody${i}@unknown.example`;
      if (i % 2 === 0) expect(await postToAuthJs(email)).toContain("/api/auth/verify-request");
      else expect(await submitForm(email)).toBe("sent");
    }
    expect(await postToAuthJs(ADMIN)).toContain("code=rate_limited");
    expect(await submitForm(ADMIN)).toBe("limited");
    expect(await linksTo(ADMIN)).toHaveLength(0);

    // Another client is not held up by this one.
    request.headers = new Headers({ ...FORGED, [CLIENT_IP_HEADER]: stampedAddress("198.51.100.7", STAMP) });
    expect(await submitForm(ADMIN)).toBe("sent");
    expect(await linksTo(ADMIN)).toHaveLength(1);
  });

  it("tells the form how long to wait", async () => {
    for (let i = 0; i < LIMITS.magicLinkPerEmail.limit; i++) await submitForm(ADMIN);
    const err = await signIn("resend", { email: ADMIN, redirect: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MagicLinkLimited);
    const seconds = (err as InstanceType<typeof MagicLinkLimited>).retryAfterSeconds;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(LIMITS.magicLinkPerEmail.windowMs / 1000);
  });
});
