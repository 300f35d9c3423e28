// Every email is written in its reader's language: the stored choice of a person with an account
// (null is bokmål), never the sender's; an address without an account gets the sender's language.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { emailOutbox, followUps, memberships, placements, users } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { EMAILS, insertSlot, participantsOf } from "@/db/testing/placements";
import { saveOwnLocale } from "@/lib/account/data";
import { createMagicLink, settleLocaleAtSignIn } from "@/lib/auth/data";
import type { Ctx } from "@/lib/auth/session";
import { sendWeeklyDigests } from "@/lib/follow-ups/data/digest";
import { invitePerson } from "@/lib/people/data/invite";
import { proposeParticipant } from "@/lib/placements/data/moves";
import { osloDate } from "@/lib/time/oslo";
import { localesOf } from "./data";

let h: DbHandle;
let jonas: Ctx, ragnhild: Ctx;
/** A made-up second contact person at Fjordkanten Bygg, who never chose a language. */
const KARI = "kari.testesen@fjordkanten-bygg.example";

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  await h.db.execute(sql`truncate table email_outbox cascade`);
  await h.db.delete(placements);
  [jonas, ragnhild] = await Promise.all([ctxFor(h.db, EMAILS.jonas), ctxFor(h.db, EMAILS.ragnhild)]);
});

const mailTo = (address: string) => h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
const setLocale = (email: string, locale: string | null) =>
  h.db.update(users).set({ locale }).where(eq(users.email, email));

describe("the recipient's language", () => {
  it("is the stored language of an address with an account, bokmål when none is stored, else the fallback", async () => {
    await setLocale(EMAILS.torstein, "en");
    const localeFor = await localesOf(h.db, [EMAILS.torstein, EMAILS.ola, "new@example.no"], "en");
    expect(localeFor(EMAILS.torstein)).toBe("en");
    expect(localeFor(EMAILS.torstein.toUpperCase())).toBe("en");
    expect(localeFor(EMAILS.ola)).toBe("nb");
    expect(localeFor("new@example.no")).toBe("en");
  });

  it("sends the proposal in English to an English-speaking employer contact and in bokmål to one with none stored", async () => {
    await setLocale(EMAILS.torstein, "en");
    const [kari] = await h.db.insert(users).values({ name: "Kari Testesen", email: KARI }).returning({ id: users.id });
    await h.db
      .insert(memberships)
      .values({ userId: kari.id, organizationId: stableId("org:bergen-employer-1"), role: "employer" });
    const slotId = await insertSlot(h.db);
    const [participantId] = await participantsOf(h.db, "bergen", true, EMAILS.jonas);
    // The consultant works in bokmål; the email follows the reader, not the sender.
    await saveOwnLocale(jonas, "nb");
    const id = await proposeParticipant(jonas, { slotId, participantId, note: "" });

    const [english] = await mailTo(EMAILS.torstein);
    expect(english.subject).toMatch(/^New candidate for Testplass/);
    expect(english.textBody).toContain("proposes a candidate for");
    expect(english.htmlBody).toContain("See the proposal");
    expect(english.textBody).toContain(`/proposals/${id}`);
    const [bokmal] = await mailTo(KARI);
    expect(bokmal.subject).toMatch(/^Ny kandidat til Testplass/);
    expect(bokmal.textBody).toContain("foreslår en kandidat til");
    expect(bokmal.htmlBody).toContain("Se forslaget");
  });

  it("writes the weekly digest in the staff member's stored language", async () => {
    await h.db.delete(followUps);
    await setLocale(EMAILS.jonas, "en");
    const today = osloDate(new Date());
    await h.db.insert(followUps).values(
      [jonas, ragnhild].map((c) => ({
        municipalityId: c.membership.organizationId,
        staffId: c.userId,
        source: "next_action" as const,
        title: "Ring arbeidsgiveren",
        dueOn: today,
      })),
    );
    expect(await sendWeeklyDigests(new Date())).toBe(2);
    const [english] = await mailTo(EMAILS.jonas);
    expect(english.subject).toBe("Lagspill: your follow-ups this week (1)");
    expect(english.textBody).toMatch(/^Hello .+,/);
    const [bokmal] = await mailTo(EMAILS.ragnhild);
    expect(bokmal.subject).toBe("Lagspill: oppfølging denne uken (1)");
    expect(bokmal.textBody).toMatch(/^Hei .+!/);
  });

  it("invites an existing person in their own language and a new one in the inviter's", async () => {
    await setLocale(EMAILS.leyla, "en");
    await h.db.delete(memberships).where(eq(memberships.userId, (await ctxFor(h.db, EMAILS.leyla)).userId));
    const input = { role: "consultant" as const, isAdmin: false };
    await invitePerson(ragnhild, { ...input, name: "Leyla Brattebø", email: EMAILS.leyla }, { locale: "nb" });
    await invitePerson(
      ragnhild,
      { ...input, name: "Nils Testesen", email: "nils.testesen@example.no" },
      { locale: "en" },
    );
    expect((await mailTo(EMAILS.leyla))[0].subject).toMatch(/ invites you to Lagspill$/);
    expect((await mailTo("nils.testesen@example.no"))[0].subject).toMatch(/ invites you to Lagspill$/);
    const [stored] = await h.db
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.email, "nils.testesen@example.no"));
    // A new person's own language is learnt when they sign in, not guessed from the inviter's.
    expect(stored.locale).toBeNull();
  });

  it("sends the sign-in link in the stored language, else in the sign-in page's", async () => {
    const link = (email: string, locale: "nb" | "en") => ({
      email,
      token: `t-${email}`,
      secret: "s3cret",
      url: "http://localhost:3000/api/auth/callback/resend?token=t",
      expires: new Date(Date.now() + 30 * 60_000),
      locale,
    });
    await setLocale(EMAILS.torstein, "en");
    await createMagicLink(h.db, link(EMAILS.torstein, "nb"));
    await createMagicLink(h.db, link(EMAILS.ola, "en"));
    expect((await mailTo(EMAILS.torstein))[0].subject).toBe("Your sign-in link for Lagspill");
    expect((await mailTo(EMAILS.ola))[0].subject).toBe("Your sign-in link for Lagspill");
  });
});

describe("the language a person last used", () => {
  const stored = async (email: string) =>
    (await h.db.select({ locale: users.locale }).from(users).where(eq(users.email, email)))[0].locale;

  it("is stored when they switch language", async () => {
    await saveOwnLocale(jonas, "en");
    expect(await stored(EMAILS.jonas)).toBe("en");
    expect(await stored(EMAILS.ragnhild)).toBeNull();
  });

  it("is settled at sign-in: this browser's choice is stored, else the browser's language when none is stored", async () => {
    await settleLocaleAtSignIn(h.db, jonas.userId, { chosen: undefined, preferred: "en" });
    expect(await stored(EMAILS.jonas)).toBe("en");
    await settleLocaleAtSignIn(h.db, jonas.userId, { chosen: undefined, preferred: "nb" });
    expect(await stored(EMAILS.jonas)).toBe("en");
    await settleLocaleAtSignIn(h.db, jonas.userId, { chosen: "nb", preferred: "en" });
    expect(await stored(EMAILS.jonas)).toBe("nb");
  });
});
