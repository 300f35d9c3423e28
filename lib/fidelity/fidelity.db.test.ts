import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { contacts, memberships } from "@/db/schema";
import { seed, stableId } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { fidelityPanel } from "./data";

let h: DbHandle;
const previous = process.env.SEED_DATE;
// The seed builds six months of history up to this day; the panel is read at noon on it.
const now = new Date("2026-11-28T12:00:00Z");

beforeAll(async () => {
  process.env.SEED_DATE = "2026-11-28";
  h = await openTestDb();
});
afterAll(async () => {
  if (previous === undefined) delete process.env.SEED_DATE;
  else process.env.SEED_DATE = previous;
  await h.close();
});
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
});

const LEYLA = "leyla.brattebo@bergen.kommune.example";
const FARAH = "farah.ilsvika@trondheim.kommune.example";
const id = (email: string) => stableId(`user:${email}`);

describe("fidelityPanel", () => {
  it("shows a job specialist only their own figures, with the team's; Leyla's demo figures meet every IPS threshold", async () => {
    const panel = await fidelityPanel(await ctxFor(h.db, LEYLA), now);
    expect(panel.specialists.map((s) => s.staffId)).toEqual([id(LEYLA)]);
    expect(panel.teamSize).toBe(3);
    expect(panel.caseloadTarget).toBe(15);
    const f = panel.specialists[0].figures;
    expect(panel.specialists[0].isMe).toBe(true);
    expect(f.caseload).toMatchObject({ active: 7, threshold: 15, meets: true });
    expect(f.employerContacts.value).toBeGreaterThanOrEqual(6);
    expect(f.daysToFirstContact.meets).toBe(true);
    expect(f.competitiveWork.meets).toBe(true);
    expect(f.followAlong.meets).toBe(true);
    expect(panel.team).not.toBeNull();
  });

  it("shows Farah's demo figures below the thresholds for employer contacts, first contact, work and follow-along", async () => {
    const panel = await fidelityPanel(await ctxFor(h.db, FARAH), now);
    expect(panel.caseloadTarget).toBe(20);
    const f = panel.specialists[0].figures;
    expect(f.employerContacts.meets).toBe(false);
    expect(f.daysToFirstContact).toMatchObject({ meets: false, pending: 1 });
    expect(f.competitiveWork.meets).toBe(false);
    expect(f.followAlong.meets).toBe(false);
  });

  it("shows an admin every job specialist of the own municipality and none of another", async () => {
    const bergen = await fidelityPanel(await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example"), now);
    const trondheim = await fidelityPanel(await ctxFor(h.db, "sunniva.lerkendal@trondheim.kommune.example"), now);
    expect(bergen.specialists).toHaveLength(3);
    expect(bergen.specialists.map((s) => s.name)).toContain("Leyla Brattebø");
    expect(bergen.specialists.map((s) => s.staffId)).not.toContain(id(FARAH));
    expect(trondheim.specialists.map((s) => s.staffId)).toContain(id(FARAH));
    expect(trondheim.specialists.map((s) => s.staffId)).not.toContain(id(LEYLA));
    expect(bergen.specialists.every((s) => !s.isMe)).toBe(true);
    // Both sides of the thresholds in one municipality, so an admin sees the difference.
    expect(bergen.specialists.map((s) => s.figures.employerContacts.meets).sort()).toEqual([false, true, true]);
  });

  it("counts only the caller's municipality's contacts, even when the same person logs one elsewhere", async () => {
    const ragnhild = await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example");
    const sunniva = await ctxFor(h.db, "sunniva.lerkendal@trondheim.kommune.example");
    const before = { bergen: await fidelityPanel(ragnhild, now), trondheim: await fidelityPanel(sunniva, now) };
    const row = (municipality: string, staff: string) => ({
      municipalityId: stableId(`org:${municipality}`),
      staffId: id(staff),
      kind: "employer" as const,
      channel: "in_person" as const,
      purpose: "job_development" as const,
      faceToFace: true,
      contactDate: "2026-11-27",
    });
    // Ten more for Leyla in Bergen, and ten filed under Trondheim with her as staff (which must not count anywhere).
    await h.db
      .insert(contacts)
      .values([
        ...Array.from({ length: 10 }, () => row("bergen-kommune", LEYLA)),
        ...Array.from({ length: 10 }, () => row("trondheim-kommune", LEYLA)),
      ]);
    const after = { bergen: await fidelityPanel(ragnhild, now), trondheim: await fidelityPanel(sunniva, now) };
    const leyla = (p: typeof after.bergen) =>
      p.specialists.find((s) => s.staffId === id(LEYLA))!.figures.employerContacts.count;
    expect(leyla(after.bergen)).toBe(leyla(before.bergen) + 10);
    expect(after.trondheim.team!.employerContacts.count).toBe(before.trondheim.team!.employerContacts.count);
  });

  it("has no figures when the municipality has no job specialists", async () => {
    await h.db
      .delete(memberships)
      .where(
        and(eq(memberships.organizationId, stableId("org:bergen-kommune")), eq(memberships.role, "job_specialist")),
      );
    const panel = await fidelityPanel(await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example"), now);
    expect(panel).toMatchObject({ teamSize: 0, specialists: [], team: null });
  });
});
