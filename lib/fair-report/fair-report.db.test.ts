import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { fairLeads, placements } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError } from "@/lib/auth/errors";
import { addCandidate, addInterview, addStand, makeFair } from "@/db/testing/fair";
import { fairReport } from "./data";
import { figureValue } from "./labels";
import type { Section } from "./rules";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  await resetDb(h);
  await seed(h.db);
});
afterAll(async () => h.close());

const value = (sections: Section[], id: Section["id"], key: string) =>
  sections.find((s) => s.id === id)?.figures.find((f) => f.key === key)?.value;

describe("the fair report", () => {
  it("adds up a hand-made fair, and shows it to the organizer and co-hosts only", async () => {
    const eventId = await makeFair(h.db, { cohosts: ["bergen-kommune"] });
    const at = new Date();
    const stand = await addStand(h.db, eventId, "bergen-employer-1", { representatives: 3 });
    await addStand(h.db, eventId, "bergen-employer-2", { representatives: 1 });
    await addStand(h.db, eventId, "bergen-employer-3", { status: "cancelled" });
    const came = await addCandidate(h.db, eventId, {
      checkedInAt: at,
      educationLevel: "master",
      countryOfOrigin: "Syria",
      countryConsent: true,
    });
    const missed = await addCandidate(h.db, eventId, {
      noShow: true,
      countryOfOrigin: "Eritrea",
      countryConsent: false,
    });
    await addCandidate(h.db, eventId, { checkedInAt: at, walkIn: true, educationLevel: "bachelor" });
    await addCandidate(h.db, eventId, { status: "waitlisted" });
    await addInterview(h.db, eventId, came, stand);
    await addInterview(h.db, eventId, missed, stand, 1);
    const [placement] = await h.db
      .insert(placements)
      .values({
        slotId: stableId("slot:bergen-employer-1:1"),
        participantId: stableId("participant:bergen-12"),
        municipalityId: stableId("org:bergen-kommune"),
        employerId: stableId("org:bergen-employer-1"),
        stage: "completed",
        outcome: "hired",
      })
      .returning({ id: placements.id });
    await h.db.insert(fairLeads).values([
      { eventId, candidateId: came, standId: stand, kind: "job", placementId: placement.id },
      { eventId, candidateId: missed, standId: stand, kind: "no_follow_up" },
    ]);

    const { sections } = await fairReport(await ctxFor(h.db, "marit@naeringsforum-bergen.example"), eventId);
    expect(value(sections, "candidates", "registered")).toBe(3);
    expect(value(sections, "candidates", "waitlisted")).toBe(1);
    expect(value(sections, "candidates", "attended")).toBe(2);
    expect(value(sections, "candidates", "noShows")).toBe(1);
    expect(value(sections, "candidates", "walkIns")).toBe(1);
    expect(value(sections, "education", "masterShare")).toBeCloseTo(1 / 3);
    expect(sections.find((s) => s.id === "countries")!.figures.map((f) => f.label ?? f.key)).toEqual([
      "countryKnown",
      "Syria",
    ]);
    expect(value(sections, "exhibitors", "exhibitors")).toBe(2);
    expect(value(sections, "exhibitors", "representatives")).toBe(4);
    expect(value(sections, "exhibitors", "interviewsScheduled")).toBe(2);
    expect(value(sections, "exhibitors", "interviewsHeld")).toBe(1);
    expect(value(sections, "leads", "leadKind.job")).toBe(1);
    expect(value(sections, "outcomes", "placements")).toBe(1);
    expect(value(sections, "outcomes", "hires")).toBe(1);

    // A co-host's staff see the figures; another association and an exhibitor get a 404.
    await expect(
      fairReport(await ctxFor(h.db, "jonas.kvamsdal@bergen.kommune.example"), eventId),
    ).resolves.toBeTruthy();
    await expect(
      fairReport(await ctxFor(h.db, "ingvild@naeringsforum-trondheim.example"), eventId),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(fairReport(await ctxFor(h.db, "torstein@fjordkanten-bygg.example"), eventId)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("gives a co-host '< 5' for three candidates with a bachelor's, and the organizer the 3", async () => {
    const eventId = await makeFair(h.db, { cohosts: ["bergen-kommune"] });
    for (let i = 0; i < 3; i++) await addCandidate(h.db, eventId, { educationLevel: "bachelor" });
    for (let i = 0; i < 6; i++) await addCandidate(h.db, eventId, { educationLevel: "master" });
    const text = (r: { sections: Section[] }, id: Section["id"], key: string) =>
      figureValue(
        r.sections.find((s) => s.id === id)!.figures.find((f) => f.key === key)!,
        "nb",
      );

    const cohost = await fairReport(await ctxFor(h.db, "jonas.kvamsdal@bergen.kommune.example"), eventId);
    expect(cohost.suppressed).toBe(true);
    expect(text(cohost, "education", "education.bachelor")).toBe("< 5");
    // 9 registered − 6 masters would give the 3 back, so the 6 is held back too.
    expect(text(cohost, "candidates", "registered")).toBe("9");
    expect(text(cohost, "education", "education.master")).toBe("–");
    // The share of masters would give them back as well.
    expect(text(cohost, "education", "masterShare")).toBe("–");

    const organizer = await fairReport(await ctxFor(h.db, "marit@naeringsforum-bergen.example"), eventId);
    expect(organizer.suppressed).toBe(false);
    expect(text(organizer, "education", "education.bachelor")).toBe("3");
    expect(text(organizer, "education", "education.master")).toBe("6");
  });
});
