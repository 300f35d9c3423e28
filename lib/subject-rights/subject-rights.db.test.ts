import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { auditLog, contacts, participants, placements } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { eraseParticipant, exportParticipant } from "./data";

let h: DbHandle;
let admin: Ctx, trondheimAdmin: Ctx;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  admin = await ctxFor(h.db, "ragnhild.fossdal@bergen.kommune.example");
  trondheimAdmin = await ctxFor(h.db, "sunniva.lerkendal@trondheim.kommune.example");
});

/** A seeded Bergen participant with a placement and contacts, so every section has rows. */
async function bergenParticipantWithHistory(): Promise<string> {
  const [row] = await h.db
    .select({ id: placements.participantId })
    .from(placements)
    .innerJoin(contacts, eq(contacts.participantId, placements.participantId))
    .where(eq(placements.municipalityId, admin.membership.organizationId))
    .limit(1);
  return row.id;
}

describe("right of access", () => {
  it("exports the record and everything that refers to it, and audits the export", async () => {
    const id = await bergenParticipantWithHistory();
    const data = await exportParticipant(admin, id);
    const contactRows = data.contacts as { participantId: string }[];
    const placementRows = data.placements as { events: unknown[] }[];
    expect(data.participant.id).toBe(id);
    expect(contactRows.length).toBeGreaterThan(0);
    expect(placementRows.length).toBeGreaterThan(0);
    expect(placementRows[0].events.length).toBeGreaterThan(0);
    expect(contactRows.every((c) => c.participantId === id)).toBe(true);
    const actions = (
      await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.participantId, id))
    ).map((a) => a.action);
    expect(actions).toContain("participant.export");
  });

  it("audits reading the summary on the page as a read, not as an export", async () => {
    const id = await bergenParticipantWithHistory();
    const since = new Date();
    await exportParticipant(admin, id, "view");
    const rows = (
      await h.db
        .select({ action: auditLog.action, details: auditLog.details, at: auditLog.at })
        .from(auditLog)
        .where(eq(auditLog.participantId, id))
    ).filter((r) => r.at >= since);
    expect(rows.map(({ action, details }) => ({ action, details }))).toEqual([
      { action: "participant.read", details: { purpose: "privacy" } },
    ]);
  });

  it("gives another municipality a not-found", async () => {
    const id = await bergenParticipantWithHistory();
    await expect(exportParticipant(trondheimAdmin, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(eraseParticipant(trondheimAdmin, id, { code: "request" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("erasure on request", () => {
  it("anonymizes like retention, withdraws pending proposals and audits the reason", async () => {
    const id = await bergenParticipantWithHistory();
    await eraseParticipant(admin, id, { code: "request", note: "Deltakeren ba om sletting" });
    const [p] = await h.db.select().from(participants).where(eq(participants.id, id));
    expect(p).toMatchObject({
      firstName: "Anonymisert",
      lastName: "",
      email: null,
      phone: null,
      countryOfOrigin: null,
      externalId: null,
    });
    expect(p.anonymizedAt).not.toBeNull();
    const notes = await h.db.select({ notes: contacts.notes }).from(contacts).where(eq(contacts.participantId, id));
    expect(notes.every((n) => n.notes === null)).toBe(true);
    const open = await h.db
      .select({ stage: placements.stage })
      .from(placements)
      .where(eq(placements.participantId, id));
    expect(open.filter((o) => ["suggested", "proposed", "employer_interested", "interview"].includes(o.stage))).toEqual(
      [],
    );
    const [entry] = await h.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.participantId, id), eq(auditLog.action, "participant.anonymize")));
    expect(entry.details).toEqual({ onRequest: true, reasonCode: "request", note: "Deltakeren ba om sletting" });
    // Gone for everyone afterwards.
    await expect(exportParticipant(admin, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
