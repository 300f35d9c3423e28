import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { agreements, emailOutbox, followUps, placementEvents, placements, workPeriods } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { EMAILS, insertPlacement, insertSlot, participantsOf } from "@/db/testing/placements";
import { agreementView, saveAgreementTerms } from "./data/agreement";
import { confirmAgreement } from "./data/confirm";
import { agreementTermsSchema } from "./schemas";

let h: DbHandle;
let jonas: Ctx, torstein: Ctx, ola: Ctx, henrik: Ctx;
let placementId: string;
let participantId: string;
const now = new Date("2029-12-01T10:00:00Z");

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  // The tests build their own placements; the demo ones are checked on their own below.
  await h.db.delete(placements);
  [jonas, torstein, ola, henrik] = await Promise.all(
    [EMAILS.jonas, EMAILS.torstein, EMAILS.ola, EMAILS.henrik].map((e) => ctxFor(h.db, e)),
  );
  const slotId = await insertSlot(h.db);
  [participantId] = await participantsOf(h.db, "bergen", true, EMAILS.jonas);
  placementId = await insertPlacement(h.db, slotId, participantId, "agreement");
});

const key = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof UserError ? e.key : e instanceof NotFoundError ? "notFound" : String(e)),
  );

const terms = (over: Record<string, string> = {}) =>
  agreementTermsSchema.parse({
    placementId,
    version: "",
    tasks: "Rydde byggeplass, bære materialer, enkle snekkeroppgaver.",
    mentorName: "Kari Mentor",
    startsOn: "2030-01-07",
    endsOn: "2030-04-05",
    hoursPerWeek: "30",
    followUpPlan: "Jobbspesialisten kommer innom hver uke den første måneden.",
    supportScheme: "nav_work_training",
    municipalityContactId: stableId(`user:${EMAILS.jonas}`),
    ...over,
  });

describe("agreement terms", () => {
  it("checks the form: required texts, hours as a whole number, end after start", () => {
    const r = agreementTermsSchema.safeParse({
      placementId,
      tasks: " ",
      mentorName: "",
      startsOn: "2030-02-01",
      endsOn: "2030-01-01",
      hoursPerWeek: "tretti",
      followUpPlan: "",
      supportScheme: "",
      municipalityContactId: "",
    });
    expect(r.success).toBe(false);
    const fields = Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(fields).toMatchObject({
      tasks: "placements.errors.tasksRequired",
      mentorName: "placements.errors.mentorRequired",
      hoursPerWeek: "placements.errors.hours",
      followUpPlan: "placements.errors.followUpPlanRequired",
      endsOn: "placements.errors.endBeforeStart",
      municipalityContactId: "placements.errors.contactRequired",
    });
  });

  it("defaults to the slot's terms, saves, and tells all three parties it is ready", async () => {
    const view = await agreementView(jonas, placementId);
    expect(view.agreement).toBeNull();
    expect(view.defaults).toMatchObject({
      mentorName: "Kari Mentor",
      startsOn: "2030-01-07",
      hoursPerWeek: "30",
      supportScheme: "nav_work_training",
    });
    await saveAgreementTerms(jonas, terms(), now);
    const mail = await h.db.select().from(emailOutbox).where(eq(emailOutbox.template, "agreement_ready"));
    const to = mail.map((m) => m.toAddress);
    expect(to).toContain(EMAILS.jonas);
    expect(to).toContain(EMAILS.torstein);
  });

  it("is for the municipality's staff to write, and nobody else's to see", async () => {
    expect(await key(saveAgreementTerms(torstein, terms(), now))).toBe("notFound");
    expect(await key(agreementView(ola, placementId))).toBe("notFound");
    expect(await key(agreementView(henrik, placementId))).toBe("notFound");
    expect(
      await key(saveAgreementTerms(jonas, terms({ municipalityContactId: stableId(`user:${EMAILS.henrik}`) }), now)),
    ).toBe("participants.errors.chooseStaff");
  });
});

describe("confirmations", () => {
  it("starts the placement when all three have confirmed: work period and follow-along contacts", async () => {
    await saveAgreementTerms(jonas, terms(), now);
    expect(
      await confirmAgreement(jonas, { placementId, version: 1, party: "municipality", method: null }, now),
    ).toEqual({ activated: false });
    expect(await key(confirmAgreement(jonas, { placementId, version: 1, party: "employer", method: null }, now))).toBe(
      "placements.errors.notYourParty",
    );
    expect(
      await key(confirmAgreement(torstein, { placementId, version: 1, party: "municipality", method: null }, now)),
    ).toBe("placements.errors.notYourParty");
    expect(
      await key(confirmAgreement(jonas, { placementId, version: 1, party: "municipality", method: null }, now)),
    ).toBe("placements.errors.alreadyConfirmed");
    await confirmAgreement(jonas, { placementId, version: 1, party: "participant", method: "verbal_interpreter" }, now);
    expect(await confirmAgreement(torstein, { placementId, version: 1, party: "employer", method: null }, now)).toEqual(
      { activated: true },
    );

    const [p] = await h.db.select().from(placements).where(eq(placements.id, placementId));
    expect(p.stage).toBe("active");
    const events = await h.db.select().from(placementEvents).where(eq(placementEvents.placementId, placementId));
    expect(events.map((e) => [e.fromStage, e.toStage])).toEqual([["agreement", "active"]]);
    const work = await h.db
      .select()
      .from(workPeriods)
      .where(and(eq(workPeriods.participantId, participantId), eq(workPeriods.startsOn, "2030-01-07")));
    expect(work).toMatchObject([{ kind: "internship", employerName: "Fjordkanten Bygg AS", endsOn: "2030-04-05" }]);
    const steps = await h.db
      .select()
      .from(followUps)
      .where(
        and(
          eq(followUps.participantId, participantId),
          eq(followUps.source, "cadence"),
          eq(followUps.dueOn, "2030-01-04"),
        ),
      );
    expect(steps).toMatchObject([{ title: "beforeStart", staffId: stableId(`user:${EMAILS.jonas}`) }]);
    expect(await key(saveAgreementTerms(jonas, terms({ version: "1" }), now))).toBe(
      "placements.errors.agreementLocked",
    );
  });

  it("clears every confirmation when the terms change, and refuses confirming an old version", async () => {
    await saveAgreementTerms(jonas, terms(), now);
    await confirmAgreement(torstein, { placementId, version: 1, party: "employer", method: null }, now);
    await saveAgreementTerms(jonas, terms({ version: "1", hoursPerWeek: "20" }), now);
    const [a] = await h.db.select().from(agreements).where(eq(agreements.placementId, placementId));
    expect(a).toMatchObject({ version: 2, hoursPerWeek: 20, employerConfirmedAt: null, employerConfirmedBy: null });
    expect(
      await key(confirmAgreement(jonas, { placementId, version: 1, party: "municipality", method: null }, now)),
    ).toBe("placements.errors.stale");
    expect(await key(saveAgreementTerms(jonas, terms({ version: "1" }), now))).toBe("placements.errors.stale");
  });
});
