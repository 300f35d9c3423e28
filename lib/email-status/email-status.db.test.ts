import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { openTestDb, resetDb } from "@/db/testing";
import { seed, stableId } from "@/db/seed";
import type { Ctx } from "@/lib/auth/session";
import { sendEmail } from "@/lib/email/data";
import { emailStatusCounts, listEmailStatus } from "./data";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => resetDb(h));

const mail = (to: string) => ({ to, subject: "Hei", text: "Tekst", template: "test" });

describe("email status for an organization", () => {
  it("counts and lists only email to the organization's own people", async () => {
    await seed(h.db);
    const bergen = stableId("org:bergen-kommune");
    const ctx = { membership: { organizationId: bergen } } as Ctx;
    await sendEmail(h.db, mail("ragnhild.fossdal@bergen.kommune.example"));
    await sendEmail(h.db, mail("sunniva.lerkendal@trondheim.kommune.example"));
    expect(await emailStatusCounts(ctx)).toEqual({ pending: 1, sent: 0, failed: 0 });
    const rows = await listEmailStatus(ctx);
    expect(rows.map((r) => r.toAddress)).toEqual(["ragnhild.fossdal@bergen.kommune.example"]);
  });
});
