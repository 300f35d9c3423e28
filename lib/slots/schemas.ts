import { z } from "zod";
import { cefrEnum } from "@/db/schema/participants";
import { slotKindEnum, slotStatusEnum, supportSchemeEnum, type SupportScheme } from "@/db/schema/pipeline";
import { parseOccupationInput } from "@/lib/occupations/rules";
import { hasNoNul } from "@/lib/security/text";

// Messages are keys: bare ones in "errors", dotted ones in the slots namespace.
export const SUPPORT_SCHEMES: SupportScheme[] = supportSchemeEnum.enumValues;
/** Each support scheme is its own checkbox: FormData keeps only the last value of a repeated name. */
export const schemeField = (s: SupportScheme) => `scheme_${s}`;

const text = (max: number) => z.string().trim().max(max, "slots.errors.tooLong").refine(hasNoNul, "invalid");
const required = (max: number) => text(max).min(1, "required");
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => v || null);
const isoDate = z
  .string()
  .trim()
  .min(1, "required")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "slots.errors.date");
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on");
const int = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{1,3}$/.test(v) && Number(v) >= min && Number(v) <= max, message)
    .transform(Number);

const schemeFields = Object.fromEntries(SUPPORT_SCHEMES.map((s) => [schemeField(s), checkbox])) as Record<
  string,
  typeof checkbox
>;

const fields = z.object({
  /** Only staff choose; for an employer the action ignores it and uses their own organization. */
  employerId: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null),
  kind: z.enum(slotKindEnum.enumValues, "slots.errors.kind"),
  title: required(120),
  description: required(3000),
  occupation: z
    .string()
    .trim()
    .min(1, "slots.errors.occupation")
    .refine((v) => parseOccupationInput(v) !== null, "slots.errors.occupation"),
  positions: int(1, 50, "slots.errors.positions"),
  norwegianRequired: z
    .union([z.literal(""), z.enum(cefrEnum.enumValues, "invalid")])
    .optional()
    .transform((v) => v || null),
  requiresDrivingLicence: checkbox,
  otherRequirements: optionalText(1000),
  area: optionalText(100),
  startsOn: isoDate,
  endsOn: z
    .union([z.literal(""), isoDate])
    .optional()
    .transform((v) => v || null),
  hoursPerWeek: int(1, 60, "slots.errors.hours"),
  canLeadToJob: checkbox,
  mentorName: optionalText(120),
  status: z.enum(slotStatusEnum.enumValues, "invalid"),
  ...schemeFields,
});

type Fields = z.infer<typeof fields>;

function toInput(v: Fields) {
  return {
    employerId: v.employerId,
    kind: v.kind,
    title: v.title,
    description: v.description,
    iscoCode: parseOccupationInput(v.occupation) as string,
    positions: v.positions,
    norwegianRequired: v.norwegianRequired,
    requiresDrivingLicence: v.requiresDrivingLicence,
    otherRequirements: v.otherRequirements,
    area: v.area,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    hoursPerWeek: v.hoursPerWeek,
    canLeadToJob: v.canLeadToJob,
    mentorName: v.mentorName,
    supportSchemes: SUPPORT_SCHEMES.filter((s) => (v as Record<string, unknown>)[schemeField(s)] === true),
    status: v.status,
  };
}

export type SlotInput = ReturnType<typeof toInput>;

/** The slot form: flat FormData fields in, a slot row's values out. End after start is checked even when other fields failed. */
export const slotFormSchema = fields
  .superRefine(
    (v, ctx) => {
      const start = typeof v.startsOn === "string" ? v.startsOn : "";
      const end = typeof v.endsOn === "string" ? v.endsOn : "";
      if (start && end && end <= start)
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "slots.errors.endBeforeStart" });
    },
    { when: () => true },
  )
  .transform(toInput);

export const editSlotSchema = z.object({ id: z.string(), version: z.coerce.number().int() }).and(slotFormSchema);

export const slotStatusSchema = z.object({
  id: z.string(),
  version: z.coerce.number().int(),
  status: z.enum(slotStatusEnum.enumValues, "invalid"),
});

export const slotFiltersSchema = z.object({
  status: z
    .enum([...slotStatusEnum.enumValues, "all"])
    .optional()
    .catch(undefined),
  kind: z.enum(slotKindEnum.enumValues).optional().catch(undefined),
  occupation: z.string().trim().max(200).optional().catch(undefined),
  employer: z.string().trim().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type SlotFilterParams = z.infer<typeof slotFiltersSchema>;
