import { z } from "zod";
import { DEFAULT_RETENTION_MONTHS } from "@/lib/retention/rules";

/** The ranges the settings page accepts; the hints on the page name the same numbers. */
export const SETTINGS_LIMITS = {
  retentionMonths: { min: 6, max: 120 },
  caseloadTarget: { min: 5, max: 30 },
} as const;

/** What applies while a municipality has saved nothing. IPS-25: at most 20 per job specialist. */
export const DEFAULT_SETTINGS = { retentionMonths: DEFAULT_RETENTION_MONTHS, caseloadTarget: 20 } as const;

// One message per field says both what and how ("a whole number from 6 to 120"), so empty,
// non-numeric and out-of-range input all get the same helpful text.
const wholeNumber = (name: keyof typeof SETTINGS_LIMITS) => {
  const { min, max } = SETTINGS_LIMITS[name];
  const message = `retention.errors.${name}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

export const settingsSchema = z.object({
  retentionMonths: wholeNumber("retentionMonths"),
  caseloadTarget: wholeNumber("caseloadTarget"),
  /** When the settings were last saved, as the form saw them ("" when never): refuses a save over someone else's. */
  updatedAt: z.string().trim().default(""),
});

export type SettingsInput = z.infer<typeof settingsSchema>;
