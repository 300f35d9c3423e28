// A public candidate's own data from their manage link (issue 12): one section per table of the
// register where they have rows, nothing of another candidate, and the same 404 as the manage
// page for a link that does not open.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { accessTokens, emailOutbox, fairCandidates, fairLeads, fairWishes } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { addInterview, addStand, makeFair, registrationForm } from "@/db/testing/fair";
import { NotFoundError } from "@/lib/auth/errors";
import { sendEmail } from "@/lib/email/data";
import { candidateOutline, CANDIDATE_ENTRIES } from "@/lib/privacy/candidate";
import { exportByToken } from "./data/export";
import { registerPublic } from "./data/public";
import { registrationSchema } from "./schemas";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const tokenIn = (text: string) => /\/fairs\/registration\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describe("a public candidate's own data", () => {
  it("has a section for each table they have rows in, and nothing of another candidate", async () => {
    const fairId = await makeFair(h.db, { startsAt: new Date(Date.now() + 30 * 24 * 3600_000) });
    const stand = await addStand(h.db, fairId, "bergen-employer-1");
    const form = (over: Record<string, string>) => registrationSchema.parse(registrationForm(fairId, over));
    await registerPublic(form({ email: "amal@example.org", name: "Amal Hassan" }), { ip: "10.9.0.1", locale: "nb" });
    await registerPublic(form({ email: "other@example.org", name: "Other Person", phone: "+47 400 00 000" }), {
      ip: "10.9.0.2",
      locale: "en",
    });
    const id = async (email: string) =>
      (
        await h.db
          .select({ id: fairCandidates.id })
          .from(fairCandidates)
          .where(and(eq(fairCandidates.eventId, fairId), eq(fairCandidates.email, email)))
      )[0].id;
    const [amal, other] = [await id("amal@example.org"), await id("other@example.org")];
    // Both have a wish, an interview and an evaluation; the sign-in mail to Amal's address keeps its key.
    for (const c of [amal, other]) {
      await h.db.insert(fairWishes).values({ eventId: fairId, candidateId: c, standId: stand, by: "candidate" });
      await addInterview(h.db, fairId, c, stand);
      await h.db
        .insert(fairLeads)
        .values({ eventId: fairId, candidateId: c, standId: stand, kind: "job", note: `Sterk kandidat ${c}` });
    }
    await h.db.transaction((tx) =>
      sendEmail(tx, { to: "amal@example.org", subject: "Logg inn", text: "https://x/secret", template: "magic_link" }),
    );

    const registrationMail = (
      await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "amal@example.org"))
    ).find((m) => m.template === "fair_registration")!;
    const token = tokenIn(registrationMail.textBody)!;

    const data = await exportByToken(token);
    const outline = new Map(candidateOutline(data).map((s) => [s.key, s.count]));
    // Every entry of the register for public candidates is a section; these have rows.
    expect([...outline.keys()].sort()).toEqual(CANDIDATE_ENTRIES.map((e) => e.participant.export.key).sort());
    for (const key of ["fairRegistrations", "fairWishes", "fairInterviews", "accessLinks", "fairLeads", "emails"])
      expect(outline.get(key), key).toBeGreaterThan(0);
    expect(outline.get("fairRegistrations")).toBe(1);
    expect(outline.get("fairWishes")).toBe(1);
    expect(outline.get("fairLeads")).toBe(1);

    const registration = (data.fairRegistrations as Record<string, unknown>[])[0];
    expect(registration).toMatchObject({ name: "Amal Hassan", phone: "+47 912 34 567", countryOfOrigin: "Sudan" });
    const [interview] = data.fairInterviews as Record<string, unknown>[];
    expect(interview.employer).toEqual(expect.any(String));
    const [lead] = data.fairLeads as Record<string, unknown>[];
    expect(lead.note).toBe(`Sterk kandidat ${amal}`);
    const emails = data.emails as Record<string, unknown>[];
    expect(emails.map((m) => m.template).sort()).toEqual(["fair_registration", "magic_link"]);
    expect(emails.find((m) => m.template === "magic_link")).toMatchObject({ subject: "Logg inn", textBody: null });

    const json = JSON.stringify(data);
    for (const foreign of [other, "Other Person", "other@example.org", "+47 400 00 000"])
      expect(json).not.toContain(foreign);
  });

  it("answers NotFoundError for a forged, expired or deleted registration's link alike", async () => {
    await expect(exportByToken("not-a-token")).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportByToken("A".repeat(43))).rejects.toBeInstanceOf(NotFoundError);

    const fairId = await makeFair(h.db, { startsAt: new Date(Date.now() + 30 * 24 * 3600_000) });
    const email = "late@example.org";
    await registerPublic(registrationSchema.parse(registrationForm(fairId, { email })), {
      ip: "10.9.0.3",
      locale: "nb",
    });
    const [mail] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    const token = tokenIn(mail.textBody)!;
    await expect(exportByToken(token)).resolves.toBeTruthy();
    // After the link's expiry it opens nothing, like the manage page.
    const [{ expiresAt }] = await h.db
      .select({ expiresAt: accessTokens.expiresAt })
      .from(accessTokens)
      .innerJoin(fairCandidates, eq(fairCandidates.id, accessTokens.fairCandidateId))
      .where(eq(fairCandidates.email, email));
    await expect(exportByToken(token, new Date(expiresAt.getTime() + 1000))).rejects.toBeInstanceOf(NotFoundError);
    await h.db.delete(fairCandidates).where(eq(fairCandidates.email, email));
    await expect(exportByToken(token)).rejects.toBeInstanceOf(NotFoundError);
  });
});
