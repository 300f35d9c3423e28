// Abuse of the public registration form: registering someone else's address, forged
// X-Forwarded-For values, and floods per address and per fair.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { emailOutbox, events, fairCandidates, rateLimits } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { makeFair, registrationForm } from "@/db/testing/fair";
import { trustedProxies } from "@/lib/config";
import { hit } from "@/lib/rate-limit/data";
import { CLIENT_IP_HEADER, clientAddressFrom, clientIp, LIMITS, stampedAddress } from "@/lib/rate-limit/rules";
import { cancelByToken, getRegistration, openFairs, registerPublic } from "./data/public";
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
const tokenIn = (text: string) => /\/fairs\/registration\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

/** A second visitor's form for the same address: every field different. */
const intruder = (email: string) =>
  input({
    email,
    name: "Someone Else",
    phone: "+47 666 66 666",
    educationLevel: "master",
    educationField: "Jus",
    occupation0: "2611",
    norwegianLevel: "C2",
    englishLevel: "",
    countryOfOrigin: "",
    countryConsent: "",
    share: "",
  });

describe("registering an address already registered for the fair", () => {
  it("changes nothing, emails the owner the manage link, and answers as for a newcomer", async () => {
    const email = "kari@example.org";
    expect(await registerPublic(input({ email, name: "Kari Nordmann" }), meta())).toEqual({
      kind: "saved",
      status: "registered",
    });
    const before = await candidate(email);
    const [first] = await mailsTo(email);

    // The only place is taken: a newcomer now gets the waitlist, and so does the second visitor.
    const again = await registerPublic(intruder("Kari@Example.org"), meta());
    expect(again).toEqual(await registerPublic(input({ email: "newcomer@example.org" }), meta()));
    expect(again).toEqual({ kind: "saved", status: "waitlisted" });

    expect(await candidate(email)).toEqual(before);
    expect(before).toMatchObject({
      name: "Kari Nordmann",
      phone: "+47 912 34 567",
      educationLevel: "vocational",
      occupations: ["7411"],
      countryOfOrigin: "Sudan",
      countryConsent: true,
      shareWithExhibitors: true,
      status: "registered",
    });
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(2);
    const resent = mails.find((m) => m.id !== first.id)!;
    expect(resent.template).toBe("fair_registration_again");
    expect(resent.textBody).toContain("Du var allerede påmeldt, så ingenting er endret.");
    // A new link (each email gets its own token), leading to the owner's own registration.
    const token = tokenIn(resent.textBody)!;
    expect(token).not.toBe(tokenIn(first.textBody));
    expect((await getRegistration(token)).candidate).toMatchObject({ name: "Kari Nordmann", status: "registered" });
  });

  it("does not bring a cancelled registration back, and tells its owner how to come after all", async () => {
    const email = "ola@example.org";
    await registerPublic(input({ email }), meta());
    const [first] = await mailsTo(email);
    await cancelByToken(tokenIn(first.textBody)!);
    const before = await candidate(email);

    // The place is free again, so a newcomer would get it: the answer says so, the row stays cancelled.
    expect(await registerPublic(intruder(email), meta())).toEqual({ kind: "saved", status: "registered" });
    expect(await candidate(email)).toEqual(before);
    expect(before.status).toBe("cancelled");
    const resent = (await mailsTo(email)).find((m) => m.id !== first.id)!;
    expect(resent.textBody).toContain("Du hadde meldt deg av, så du er ikke meldt på igjen.");
    expect(resent.textBody).toContain("sletter du den gamle påmeldingen");
    expect((await getRegistration(tokenIn(resent.textBody)!)).candidate.status).toBe("cancelled");
  });

  it("writes the email in the language the owner registered in", async () => {
    const email = "nils@example.org";
    await registerPublic(input({ email }), { ip: "10.2.0.1", locale: "en" });
    await registerPublic(intruder(email), { ip: "10.2.0.2", locale: "nb" });
    const resent = (await mailsTo(email)).find((m) => m.template === "fair_registration_again")!;
    expect(resent.subject).toMatch(/^Your registration: /);
  });
});

describe("rate limits on public registration", () => {
  const refusedAfter = async (register: (i: number) => ReturnType<typeof registerPublic>) => {
    const kinds = [];
    for (let i = 0; i < 12; i++) kinds.push((await register(i)).kind);
    return kinds.indexOf("rateLimited");
  };

  it("counts forged X-Forwarded-For values as one client when no proxy is trusted", async () => {
    const { limit } = LIMITS.fairRegistrationPerIp;
    // A request the hook did not mark: only the client's own headers, even one named like the
    // hook's. They share one bucket.
    const unmarked = await refusedAfter(async (i) => {
      const headers = new Headers({ "x-forwarded-for": `203.0.113.${i}`, [CLIENT_IP_HEADER]: `198.51.100.${i}` });
      return registerPublic(input({ email: `forged${i}@example.org` }), { ip: clientIp(headers), locale: "nb" });
    });
    expect(unmarked).toBe(limit);

    // What the hook writes for the same requests from one socket, with TRUSTED_PROXIES unset.
    const stamp = "process-stamp";
    const marked = await refusedAfter(async (i) => {
      const forged = `203.0.113.${i}, 198.51.100.${i}`;
      const address = clientAddressFrom("192.0.2.40", forged, trustedProxies({}))!;
      const headers = new Headers({ "x-forwarded-for": forged, [CLIENT_IP_HEADER]: stampedAddress(address, stamp) });
      const ip = clientIp(headers, stamp);
      return registerPublic(input({ email: `marked${i}@example.org` }), { ip, locale: "nb" });
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

describe("open fairs on the public home page", () => {
  it("lists published fairs ahead whose registration is open, never a draft, a past fair or one not yet open", async () => {
    const HOUR = 3_600_000;
    const now = new Date();
    const open = await makeFair(h.db, { startsAt: new Date(now.getTime() + 240 * HOUR) });
    const past = await makeFair(h.db, { startsAt: new Date(now.getTime() - 240 * HOUR) });
    const draft = await makeFair(h.db, { startsAt: new Date(now.getTime() + 240 * HOUR) });
    await h.db.update(events).set({ status: "draft" }).where(eq(events.id, draft));
    const later = await makeFair(h.db, { startsAt: new Date(now.getTime() + 480 * HOUR) });
    await h.db
      .update(events)
      .set({ registrationOpensAt: new Date(now.getTime() + 120 * HOUR) })
      .where(eq(events.id, later));
    const ids = (await openFairs(now)).map((f) => f.id);
    expect(ids).toContain(open);
    for (const hidden of [past, draft, later]) expect(ids).not.toContain(hidden);
    expect((await openFairs(now)).find((f) => f.id === open)).toMatchObject({ city: "Bergen" });
  });
});
