import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { agreements, auditLog, consents, emailOutbox, placementEvents, placements, slots } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { withdrawConsent } from "@/lib/consents/data/withdraw";
import { EMAILS, insertPlacement, insertSlot, participantsOf } from "@/db/testing/placements";
import { consultantBoard, slotBoard } from "./data/board";
import { placementHistory } from "./data/detail";
import { movePlacement, proposeParticipant } from "./data/moves";
import { encodeEmployerMessage } from "./rules";
import { employerProposal, employerProposals, proposableParticipants, proposalPreview } from "./data/proposals";

let h: DbHandle;
let jonas: Ctx, henrik: Ctx, torstein: Ctx, ola: Ctx, ragnhild: Ctx;
const future = new Date(Date.now() + 7 * 86_400_000);

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  // The tests build their own placements; the demo ones are checked on their own below.
  await h.db.delete(placements);
  [jonas, henrik, torstein, ola, ragnhild] = await Promise.all(
    [EMAILS.jonas, EMAILS.henrik, EMAILS.torstein, EMAILS.ola, EMAILS.ragnhild].map((e) => ctxFor(h.db, e)),
  );
});

const key = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof UserError ? e.key : e instanceof NotFoundError ? "notFound" : String(e)),
  );

async function proposed(): Promise<{ slotId: string; participantId: string; id: string }> {
  const slotId = await insertSlot(h.db);
  const [participantId] = await participantsOf(h.db, "bergen", true, EMAILS.jonas);
  const id = await proposeParticipant(jonas, { slotId, participantId, note: "Godt match på byggfag" });
  return { slotId, participantId, id };
}

describe("proposing", () => {
  it("creates a proposal with its history, emails the employer and audits it", async () => {
    const { id, participantId } = await proposed();
    const [p] = await h.db.select().from(placements).where(eq(placements.id, id));
    expect(p.stage).toBe("proposed");
    const events = await h.db.select().from(placementEvents).where(eq(placementEvents.placementId, id));
    expect(events.map((e) => [e.fromStage, e.toStage, e.note])).toEqual([
      [null, "proposed", encodeEmployerMessage("Godt match på byggfag")],
    ]);
    const mail = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, EMAILS.torstein));
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toMatch(/^Ny kandidat til Testplass/);
    expect(mail[0].textBody).toContain(`/proposals/${id}`);
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.participantId, participantId), eq(auditLog.action, "placement.propose")));
    expect(audit).toHaveLength(1);
  });

  it("refuses without consent, twice for the same slot, and for a slot that is not open", async () => {
    const slotId = await insertSlot(h.db);
    const [without] = await participantsOf(h.db, "bergen", false);
    expect(await key(proposeParticipant(jonas, { slotId, participantId: without, note: null }))).toBe(
      "placements.errors.noConsent",
    );
    const { slotId: taken, participantId } = await proposed();
    expect(await key(proposeParticipant(jonas, { slotId: taken, participantId, note: null }))).toBe(
      "placements.errors.alreadyProposed",
    );
    const draft = await insertSlot(h.db, { status: "draft" });
    expect(await key(proposeParticipant(jonas, { slotId: draft, participantId, note: null }))).toBe(
      "placements.errors.slotNotOpen",
    );
  });

  it("previews exactly the consented fields", async () => {
    const slotId = await insertSlot(h.db);
    const [participantId] = await participantsOf(h.db, "bergen");
    const preview = await proposalPreview(jonas, slotId, participantId);
    expect(preview.consent).toBe(true);
    expect(Object.keys(preview.profile).sort()).toEqual([
      "educationField",
      "educationLevel",
      "experience",
      "firstName",
      "languages",
      "norwegian",
      "wishes",
    ]);
  });

  it("gives 404 across municipalities and employers", async () => {
    const { id, slotId, participantId } = await proposed();
    expect(await key(proposeParticipant(henrik, { slotId, participantId, note: null }))).toBe("notFound");
    expect(await key(employerProposal(ola, id))).toBe("notFound");
    expect(await key(movePlacement(ola, id, 1, "employer_interested"))).toBe("notFound");
    expect(await key(movePlacement(henrik, id, 1, "withdrawn"))).toBe("notFound");
    expect(await key(slotBoard(henrik, slotId))).toBe("notFound");
    expect(await key(placementHistory(ola, id))).toBe("notFound");
    expect(await employerProposals(ola)).toEqual([]);
    const other = await insertSlot(h.db, { employer: "bergen-employer-2" });
    const [second] = await participantsOf(h.db, "bergen");
    const otherId = await proposeParticipant(jonas, { slotId: other, participantId: second, note: null });
    expect(await key(employerProposal(torstein, otherId))).toBe("notFound");
  });
});

describe("the employer's side", () => {
  it("never sees a suggestion: the consultant's shortlist is a 404 until it is proposed", async () => {
    const slotId = await insertSlot(h.db);
    const [participantId] = await participantsOf(h.db, "bergen", true, EMAILS.jonas);
    const id = await insertPlacement(h.db, slotId, participantId, "suggested");
    expect(await key(employerProposal(torstein, id))).toBe("notFound");
    expect(await key(placementHistory(torstein, id))).toBe("notFound");
    expect(await employerProposals(torstein)).toEqual([]);
    expect(await placementHistory(jonas, id)).toEqual([]);
    await proposeParticipant(jonas, { slotId, participantId, note: null });
    expect((await employerProposal(torstein, id)).unavailable).toBe(false);
  });

  it("sees the first name and consented fields only, never last name, contact details or origin", async () => {
    const { id } = await proposed();
    const view = await employerProposal(torstein, id);
    if (view.unavailable) throw new Error("expected the proposal");
    expect(view.contact).toBeNull();
    const json = JSON.stringify(view);
    for (const field of ["lastName", "email", "phone", "countryOfOrigin", "birthYear", "notes"])
      expect(json).not.toContain(`"${field}"`);
    expect(view.moves).toEqual(["employer_interested", "interview", "declined_by_employer"]);
    expect((await employerProposals(torstein)).map((r) => r.id)).toEqual([id]);
  });

  it("answers, and the consultant hears of it; an interview needs a time; the rest is the consultant's", async () => {
    const { id } = await proposed();
    await movePlacement(torstein, id, 1, "employer_interested", { note: "Ser lovende ut" });
    expect(await key(movePlacement(torstein, id, 2, "interview", {}))).toBe("placements.errors.interviewAtRequired");
    await movePlacement(torstein, id, 2, "interview", { interviewAt: future });
    expect(await key(movePlacement(torstein, id, 3, "agreement"))).toBe("placements.errors.moveNotAllowed");
    const mail = await h.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, EMAILS.jonas));
    expect(mail).toHaveLength(2);
    expect(
      mail.every(
        (m) =>
          /^Svar fra Fjordkanten Bygg AS: Testplass \d+$/.test(m.subject) && m.textBody.includes(`/placements/${id}`),
      ),
    ).toBe(true);
    const history = await placementHistory(jonas, id);
    expect(history.map((e) => e.toStage)).toEqual(["proposed", "employer_interested", "interview"]);
    // The employer sees the consultant's message with the proposal, and no other note.
    expect((await placementHistory(torstein, id)).map((e) => [e.toStage, e.note, e.toEmployer])).toEqual([
      ["proposed", "Godt match på byggfag", true],
      ["employer_interested", null, false],
      ["interview", null, false],
    ]);
    expect(await employerProposal(torstein, id)).toMatchObject({
      unavailable: false,
      message: "Godt match på byggfag",
    });
  });

  it("needs a reason to decline, and refuses a stale version", async () => {
    const { id } = await proposed();
    expect(await key(movePlacement(torstein, id, 1, "declined_by_employer", { reason: " " }))).toBe(
      "placements.errors.reasonRequired",
    );
    await movePlacement(jonas, id, 1, "withdrawn", { note: "Fikk jobb et annet sted" });
    expect(await key(movePlacement(torstein, id, 1, "declined_by_employer", { reason: "Ingen behov" }))).toBe(
      "placements.errors.moveNotAllowed",
    );
    const { id: second } = await proposed();
    await movePlacement(torstein, second, 1, "employer_interested");
    expect(await key(movePlacement(torstein, second, 1, "interview", { interviewAt: future }))).toBe(
      "placements.errors.stale",
    );
  });
});

describe("consent withdrawal", () => {
  it("withdraws pending proposals at once, and the employer sees the candidate is no longer available", async () => {
    const { id, participantId } = await proposed();
    const [consent] = await h.db
      .select({ id: consents.id })
      .from(consents)
      .where(and(eq(consents.participantId, participantId), eq(consents.scope, "share_employers")));
    await withdrawConsent(jonas, participantId, consent.id);
    const [p] = await h.db.select().from(placements).where(eq(placements.id, id));
    expect(p.stage).toBe("withdrawn");
    expect(p.closeReason).toBe("Samtykke trukket tilbake");
    expect(await employerProposal(torstein, id)).toEqual({ unavailable: true, id, slotTitle: expect.any(String) });
    expect((await employerProposals(torstein)).find((r) => r.id === id)?.firstName).toBeNull();
  });
});

describe("positions", () => {
  it("never over-fills: of 20 acceptances at once, exactly `positions` succeed and the slot is filled", async () => {
    const slotId = await insertSlot(h.db, { positions: 3 });
    const people = [...(await participantsOf(h.db, "bergen")), ...(await participantsOf(h.db, "bergen", false))].slice(
      0,
      20,
    );
    expect(people).toHaveLength(20);
    const ids = [];
    for (const participantId of people) ids.push(await insertPlacement(h.db, slotId, participantId, "interview"));
    const results = await Promise.all(ids.map((id) => key(movePlacement(jonas, id, 1, "agreement"))));
    expect(results.filter((r) => r === null)).toHaveLength(3);
    expect(results.filter((r) => r === "placements.errors.full")).toHaveLength(17);
    const inAgreement = await h.db
      .select()
      .from(placements)
      .where(and(eq(placements.slotId, slotId), eq(placements.stage, "agreement")));
    expect(inAgreement).toHaveLength(3);
    const [slot] = await h.db.select().from(slots).where(eq(slots.id, slotId));
    expect(slot.status).toBe("filled");
    // An agreement that falls through gives the position back.
    await movePlacement(jonas, inAgreement[0].id, 2, "declined_by_participant", { reason: "Flyttet" });
    expect((await h.db.select().from(slots).where(eq(slots.id, slotId)))[0].status).toBe("open");
  });
});

describe("boards", () => {
  it("shows the consultant's own participants by stage, and the admin the whole municipality", async () => {
    const { id } = await proposed();
    const mine = await consultantBoard(jonas);
    expect(mine.find((c) => c.id === id)?.stage).toBe("proposed");
    expect((await consultantBoard(ragnhild)).some((c) => c.id === id)).toBe(true);
    expect((await consultantBoard(henrik)).some((c) => c.id === id)).toBe(false);
  });

  it("offers for a slot only consenting participants not already on its pipeline, the admin's from the whole municipality", async () => {
    const slotId = await insertSlot(h.db);
    const [participantId] = await participantsOf(h.db, "bergen", true, EMAILS.jonas);
    const [without] = await participantsOf(h.db, "bergen", false, EMAILS.jonas);
    const offered = async (who: Ctx) => (await proposableParticipants(who, slotId)).map((p) => p.id);
    expect(await offered(jonas)).toContain(participantId);
    expect(await offered(jonas)).not.toContain(without);
    expect(await offered(ragnhild)).toContain(participantId);
    expect(await offered(await ctxFor(h.db, EMAILS.leyla))).not.toContain(participantId);
    expect(await key(proposableParticipants(torstein, slotId))).toBe("notFound");
    const id = await proposeParticipant(jonas, { slotId, participantId, note: null });
    expect(await offered(jonas)).not.toContain(participantId);
    // A closed placement frees the participant for the slot again.
    await movePlacement(jonas, id, 1, "withdrawn");
    expect(await offered(jonas)).toContain(participantId);
  });
});

describe("demo placements", () => {
  it("cover every stage and outcome, only with consent, never over-fill, and seed the same rows twice", async () => {
    await seed(h.db);
    const rows = await h.db.select().from(placements).orderBy(placements.id);
    const stages = new Set(rows.map((r) => r.stage));
    for (const stage of [
      "suggested",
      "proposed",
      "employer_interested",
      "interview",
      "agreement",
      "active",
      "completed",
      "declined_by_employer",
      "declined_by_participant",
      "withdrawn",
    ]) {
      expect(stages.has(stage as never), stage).toBe(true);
    }
    expect(new Set(rows.filter((r) => r.stage === "completed").map((r) => r.outcome))).toEqual(
      new Set(["hired", "education", "extended", "ended"]),
    );
    const consented = await h.db
      .select({ id: consents.participantId })
      .from(consents)
      .where(and(eq(consents.scope, "share_employers"), sql`${consents.withdrawnAt} is null`));
    expect(rows.every((r) => consented.some((c) => c.id === r.participantId))).toBe(true);
    const agreementsOf = await h.db
      .select({ id: placements.id })
      .from(placements)
      .innerJoin(agreements, eq(agreements.placementId, placements.id));
    expect(agreementsOf.length).toBe(rows.filter((r) => ["agreement", "active", "completed"].includes(r.stage)).length);
    for (const who of [jonas, henrik]) expect((await consultantBoard(who)).length, who.email).toBeGreaterThanOrEqual(3);
    expect((await employerProposals(torstein)).length).toBeGreaterThanOrEqual(2);
    const overFilled = await h.db
      .select({ id: slots.id })
      .from(slots)
      .where(
        sql`${slots.positions} < (select count(*) from placements p where p.slot_id = ${slots.id} and p.stage in ('agreement', 'active'))`,
      );
    expect(overFilled).toEqual([]);
    await seed(h.db);
    expect(await h.db.select().from(placements).orderBy(placements.id)).toEqual(rows);
  });
});
