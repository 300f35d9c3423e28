import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { placementEvents, placements } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { EMAILS, insertSlot, participantsOf } from "@/db/testing/placements";
import type { Ctx } from "@/lib/auth/session";
import { movePlacement, proposeParticipant } from "./data/moves";
import { employerProposal } from "./data/proposals";

let h: DbHandle;
let jonas: Ctx, torstein: Ctx;
const future = new Date(Date.now() + 7 * 86_400_000);

beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  await h.db.delete(placements);
  [jonas, torstein] = await Promise.all([EMAILS.jonas, EMAILS.torstein].map((e) => ctxFor(h.db, e)));
});

async function interviewNote(id: string): Promise<string | null> {
  const view = await employerProposal(torstein, id);
  if (view.unavailable) throw new Error("expected the proposal");
  return view.interviewNote;
}

describe("the employer's interview note", () => {
  it("is shown back to the employer who wrote it, and the consultant's notes never are", async () => {
    const slotId = await insertSlot(h.db);
    const [participantId] = await participantsOf(h.db, "bergen", true, EMAILS.jonas);
    // The note with a proposal is the consultant's message to the employer, shown as such.
    const id = await proposeParticipant(jonas, { slotId, participantId, note: "Har erfaring fra lager." });
    expect(await interviewNote(id)).toBeNull();

    await movePlacement(torstein, id, 1, "interview", { interviewAt: future, note: "Spør etter Kari i resepsjonen." });
    expect(await interviewNote(id)).toBe("Spør etter Kari i resepsjonen.");

    // A later interview event written by municipality staff (as a data fix would) stays internal.
    await h.db.insert(placementEvents).values({
      placementId: id,
      fromStage: "interview",
      toStage: "interview",
      byUserId: jonas.userId,
      note: "Internt: deltakeren er nervøs",
      at: new Date(Date.now() + 60_000),
    });
    expect(await interviewNote(id)).toBe("Spør etter Kari i resepsjonen.");
    const view = await employerProposal(torstein, id);
    expect(view.unavailable === false && view.message).toBe("Har erfaring fra lager.");
    expect(JSON.stringify(view)).not.toContain("Internt");
  });
});
