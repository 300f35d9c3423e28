import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";
import { hasNoNul } from "@/lib/security/text";
import { parsePhone } from "./rules";

export const accountSchema = z.object({
  name: z.string().trim().min(1, "required").max(100, "account.errors.nameTooLong").refine(hasNoNul, "invalid"),
  /** Optional: empty clears it. Kept in the normalized form parsePhone gives. */
  phone: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parsed = parsePhone(v ?? "");
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: "account.errors.phone" });
      return z.NEVER;
    }),
  locale: z.enum(LOCALES, "invalid"),
});
