import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";
import { hasNoNul } from "@/lib/security/text";

export const accountSchema = z.object({
  name: z.string().trim().min(1, "required").max(100, "account.errors.nameTooLong").refine(hasNoNul, "invalid"),
  locale: z.enum(LOCALES, "invalid"),
});
