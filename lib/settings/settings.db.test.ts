import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { municipalitySettings } from "@/db/schema";
import { seed } from "@/db/seed";
import { openTestDb, resetDb } from "@/db/testing";
import { ctxFor } from "@/db/testing/ctx";
import { UserError } from "@/lib/auth/errors";
import { getSettings, saveSettings } from "./data";
import { settingsSchema } from "./schemas";

const BERGEN_ADMIN = "ragnhild.fossdal@bergen.kommune.example";
const BERGEN_CONSULTANT = "jonas.kvamsdal@bergen.kommune.example";
const TRONDHEIM_ADMIN = "sunniva.lerkendal@trondheim.kommune.example";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await resetDb(h);
  await seed(h.db);
  // The demo data has settings of its own; these tests start from none.
  await h.db.delete(municipalitySettings);
});

describe("municipality settings", () => {
  it("shows the defaults until the municipality saves its own", async () => {
    expect(await getSettings(await ctxFor(h.db, BERGEN_ADMIN))).toEqual({
      retentionMonths: 24,
      caseloadTarget: 20,
      updatedAt: null,
    });
  });

  it("saves for the admin's own municipality only", async () => {
    const bergen = await ctxFor(h.db, BERGEN_ADMIN);
    await saveSettings(bergen, { retentionMonths: 36, caseloadTarget: 15, updatedAt: "" });

    expect(await getSettings(await ctxFor(h.db, BERGEN_CONSULTANT))).toMatchObject({
      retentionMonths: 36,
      caseloadTarget: 15,
    });
    expect(await getSettings(await ctxFor(h.db, TRONDHEIM_ADMIN))).toEqual({
      retentionMonths: 24,
      caseloadTarget: 20,
      updatedAt: null,
    });
    const rows = await h.db.select().from(municipalitySettings);
    expect(rows.map((r) => r.municipalityId)).toEqual([bergen.membership.organizationId]);
  });

  it("updates when the form saw the latest save", async () => {
    const ctx = await ctxFor(h.db, TRONDHEIM_ADMIN);
    const first = await saveSettings(
      ctx,
      { retentionMonths: 12, caseloadTarget: 18, updatedAt: "" },
      new Date("2026-05-01T10:00:00Z"),
    );
    await saveSettings(
      ctx,
      { retentionMonths: 48, caseloadTarget: 12, updatedAt: first.updatedAt! },
      new Date("2026-05-02T10:00:00Z"),
    );
    expect(await getSettings(ctx)).toEqual({
      retentionMonths: 48,
      caseloadTarget: 12,
      updatedAt: "2026-05-02T10:00:00.000Z",
    });
  });

  it("refuses a save over someone else's and keeps theirs", async () => {
    const ctx = await ctxFor(h.db, BERGEN_ADMIN);
    const loaded = await getSettings(ctx);
    await saveSettings(ctx, { retentionMonths: 30, caseloadTarget: 16, updatedAt: loaded.updatedAt ?? "" });
    // A second admin whose form was loaded before that save.
    await expect(
      saveSettings(ctx, { retentionMonths: 60, caseloadTarget: 10, updatedAt: loaded.updatedAt ?? "" }),
    ).rejects.toThrow(UserError);
    expect(await getSettings(ctx)).toMatchObject({ retentionMonths: 30, caseloadTarget: 16 });
  });
});

describe("settingsSchema", () => {
  it("accepts whole numbers in range from form strings", () => {
    expect(settingsSchema.parse({ retentionMonths: "6", caseloadTarget: " 30 ", updatedAt: "" })).toEqual({
      retentionMonths: 6,
      caseloadTarget: 30,
      updatedAt: "",
    });
  });

  it.each([
    ["retentionMonths", { retentionMonths: "5", caseloadTarget: "20" }],
    ["retentionMonths", { retentionMonths: "121", caseloadTarget: "20" }],
    ["retentionMonths", { retentionMonths: "", caseloadTarget: "20" }],
    ["caseloadTarget", { retentionMonths: "24", caseloadTarget: "12,5" }],
    ["caseloadTarget", { retentionMonths: "24", caseloadTarget: "femten" }],
    ["caseloadTarget", { retentionMonths: "24", caseloadTarget: "31" }],
  ])("puts a message at %s for %j", (field, input) => {
    const result = settingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([[field, `retention.errors.${field}`]]);
  });
});
