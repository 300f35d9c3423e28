import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { municipalitySettings } from "@/db/schema";
import { UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { DEFAULT_SETTINGS, type SettingsInput } from "./schemas";

export interface MunicipalitySettingsView {
  retentionMonths: number;
  caseloadTarget: number;
  /** ISO time of the last save, or null while the defaults apply. */
  updatedAt: string | null;
}

/** The settings of the caller's municipality, or the defaults when it has saved none. */
export async function getSettings(ctx: Ctx): Promise<MunicipalitySettingsView> {
  const db = await getDb();
  const [row] = await db
    .select({
      retentionMonths: municipalitySettings.retentionMonths,
      caseloadTarget: municipalitySettings.caseloadTarget,
      updatedAt: municipalitySettings.updatedAt,
    })
    .from(municipalitySettings)
    .where(eq(municipalitySettings.municipalityId, ctx.membership.organizationId));
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : { ...DEFAULT_SETTINGS, updatedAt: null };
}

/**
 * Saves the caller's municipality's settings. Refuses (form error) when someone else saved
 * since the form was loaded, so two admins never overwrite each other unknowingly.
 */
export async function saveSettings(
  ctx: Ctx,
  input: SettingsInput,
  now = new Date(),
): Promise<MunicipalitySettingsView> {
  const db = await getDb();
  const municipalityId = ctx.membership.organizationId;
  const values = { retentionMonths: input.retentionMonths, caseloadTarget: input.caseloadTarget, updatedAt: now };
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ updatedAt: municipalitySettings.updatedAt })
      .from(municipalitySettings)
      .where(eq(municipalitySettings.municipalityId, municipalityId))
      .for("update");
    if (current) {
      if (current.updatedAt.toISOString() !== input.updatedAt) throw new UserError("retention.errors.changedByOther");
      await tx.update(municipalitySettings).set(values).where(eq(municipalitySettings.municipalityId, municipalityId));
    } else {
      // Two first saves at once: the primary key lets one insert win; the other is told.
      const inserted = await tx
        .insert(municipalitySettings)
        .values({ municipalityId, ...values })
        .onConflictDoNothing()
        .returning({ id: municipalitySettings.municipalityId });
      if (inserted.length === 0) throw new UserError("retention.errors.changedByOther");
    }
    return {
      retentionMonths: values.retentionMonths,
      caseloadTarget: values.caseloadTarget,
      updatedAt: now.toISOString(),
    };
  });
}
