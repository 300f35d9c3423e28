import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";

export const accountSchema = z.object({
  name: z.string().trim().min(1, "required").max(100, "account.errors.nameTooLong"),
  locale: z.enum(LOCALES, "invalid"),
});
