import { z } from "zod";
import { educationLevelEnum } from "@/db/schema/participants";
import { parseOccupationInput } from "@/lib/occupations/rules";
import { hasNoNul } from "@/lib/security/text";

// Messages are keys: bare ones in "errors", dotted ones in the fairDay namespaces.
const text = (max: number) => z.string().trim().max(max, "checkIn.errors.tooLong").refine(hasNoNul, "invalid");
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => v || null);

/** Check in or undo: the ids come from the page and are checked against the event in the query. */
export const checkInSchema = z.object({
  eventId: z.string(),
  candidateId: z.string(),
  undo: z
    .string()
    .optional()
    .transform((v) => v === "1"),
});

export const walkInSchema = z.object({
  eventId: z.string(),
  name: text(200).min(1, "checkIn.errors.name"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "checkIn.errors.email")
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "checkIn.errors.email"),
  phone: optionalText(30).refine((v) => v === null || /^[+\d][\d\s-]{4,}$/.test(v), "checkIn.errors.phone"),
  educationLevel: z.enum(educationLevelEnum.enumValues, "checkIn.errors.educationLevel"),
  occupation: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || parseOccupationInput(v) !== null, "checkIn.errors.occupation")
    .transform((v) => (v === null ? [] : [parseOccupationInput(v)!])),
});
export type WalkInInput = z.infer<typeof walkInSchema>;

/** The confirmation box must be ticked: marking no-shows cannot be undone in bulk. */
export const markNoShowsSchema = z.object({
  eventId: z.string(),
  confirm: z.literal("on", "checkIn.errors.confirm"),
});
