// Abuse of the public registration form: forged X-Forwarded-For values, and floods per
// address and per fair.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { emailOutbox, fairCandidates, rateLimits } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { makeFair, registrationForm } from "@/db/testing/fair";
import { trustedProxies } from "@/lib/config";
import { hit } from "@/lib/rate-limit/data";
import { CLIENT_IP_HEADER, clientAddressFrom, clientIp, LIMITS } from "@/lib/rate-limit/rules";
import { registerPublic } from "./data/public";
import { registrationSchema } from "./schemas";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

let fairId: string;
beforeEach(async () => {
  await h.db.delete(rateLimits);
  fairId = await makeFair(h.db, { startsAt: new Date(Date.now() + 30 * 24 * 3600_000), capacity: 1 });
});

const input = (over: Record<string, string> = {}) => registrationSchema.parse(registrationForm(fairId, over));
let ipSeq = 0;
const meta = () => ({ ip: `10.1.0.${++ipSeq}`, locale: "nb" as const });

const candidate = async (email: string) =>
  (
    await h.db
      .select()
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, fairId), eq(fairCandidates.email, email)))
  )[0];
const mailsTo = (to: string) => h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));

describe("rate limits on public registration", () => {
  const refusedAfter = async (register: (i: number) => ReturnType<typeof registerPublic>) => {
    const kinds = [];
    for (let i = 0; i < 12; i++) kinds.push((await register(i)).kind);
    return kinds.indexOf("rateLimited");
  };

  it("counts forged X-Forwarded-For values as one client when no proxy is trusted", async () => {
    const { limit } = LIMITS.fairRegistrationPerIp;
    // A request the hook did not mark: only the client's own headers. They share one bucket.
    const unmarked = await refusedAfter(async (i) => {
      const headers = new Headers({ "x-forwarded-for": `203.0.113.${i}` });
      return registerPublic(input({ email: `forged${i}@example.org` }), { ip: clientIp(headers), locale: "nb" });
    });
    expect(unmarked).toBe(limit);

    // What the hook writes for the same requests from one socket, with TRUSTED_PROXIES unset.
    const marked = await refusedAfter(async (i) => {
      const address = clientAddressFrom("192.0.2.40", `203.0.113.${i}, 198.51.100.${i}`, trustedProxies({}));
      const headers = new Headers({ "x-forwarded-for": `203.0.113.${i}`, [CLIENT_IP_HEADER]: address! });
      return registerPublic(input({ email: `marked${i}@example.org` }), { ip: clientIp(headers), locale: "nb" });
    });
    expect(marked).toBe(limit);
    const saved = await h.db.select().from(fairCandidates).where(eq(fairCandidates.eventId, fairId));
    expect(saved).toHaveLength(2 * limit);
  });

  it("refuses more registrations of one address than its limit, across fairs and addresses", async () => {
    const email = "target@example.org";
    const otherFair = await makeFair(h.db, { startsAt: new Date(Date.now() + 40 * 24 * 3600_000) });
    const { limit } = LIMITS.fairRegistrationPerEmail;
    const refused = await refusedAfter((i) =>
      registerPublic(input({ email, eventId: i % 2 ? otherFair : fairId }), meta()),
    );
    expect(refused).toBe(limit);
    // Each allowed attempt sent one email; the refused ones sent none.
    expect(await mailsTo(email)).toHaveLength(limit);
  });

  it("refuses a fair's registrations past its hourly limit, whoever sends them, and saves nothing", async () => {
    const now = new Date();
    for (let i = 0; i < LIMITS.fairRegistrationPerEvent.limit; i++)
      await hit(`fair-registration:event:${fairId}`, LIMITS.fairRegistrationPerEvent, now);
    const r = await registerPublic(input({ email: "late@example.org" }), { ...meta(), now });
    expect(r).toMatchObject({ kind: "rateLimited" });
    expect(r.kind === "rateLimited" && r.minutes).toBeGreaterThanOrEqual(1);
    expect(await candidate("late@example.org")).toBeUndefined();
    // Another fair is not held up by this one's flood.
    const other = await makeFair(h.db, { startsAt: new Date(Date.now() + 40 * 24 * 3600_000) });
    expect(await registerPublic(input({ email: "late@example.org", eventId: other }), { ...meta(), now })).toEqual({
      kind: "saved",
      status: "registered",
    });
  });
});
