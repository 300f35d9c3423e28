import { z } from "zod";
import { leadKindEnum } from "@/db/schema/events";
import { hasNoNul } from "@/lib/security/text";

// Messages are keys: bare ones in "errors", dotted ones in the fairDay namespaces.
export const saveLeadSchema = z.object({
  eventId: z.string(),
  candidateId: z.string(),
  kind: z.enum(leadKindEnum.enumValues, "leads.errors.kind"),
  note: z
    .string()
    .trim()
    .max(1000, "leads.errors.tooLong")
    .refine(hasNoNul, "invalid")
    .optional()
    .transform((v) => v || null),
  /** One of the employer's own open slots, for a programme participant; the data layer checks it. */
  slotId: z
    .string()
    .optional()
    .transform((v) => v || null),
});
export type SaveLeadInput = z.infer<typeof saveLeadSchema>;

export const markLeadHandledSchema = z.object({
  eventId: z.string(),
  id: z.string(),
});
