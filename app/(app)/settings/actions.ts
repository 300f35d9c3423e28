"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { saveSettings } from "@/lib/settings/data";
import { settingsSchema } from "@/lib/settings/schemas";

export const saveSettingsAction = action(
  settingsSchema,
  { permission: "municipality.settings" },
  async (input, ctx) => {
    await saveSettings(ctx, input);
    revalidatePath("/settings");
    return { ok: true, message: "saved" };
  },
);
