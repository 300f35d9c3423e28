import { z } from "zod";
import {
  confirmationMethodEnum,
  placementOutcomeEnum,
  placementStageEnum,
  supportSchemeEnum,
} from "@/db/schema/pipeline";
import { hasNoNul } from "@/lib/security/text";
import { osloLocalToDate } from "@/lib/time/oslo";
import { PARTIES } from "./rules";

// Messages are keys: bare ones in "errors", dotted ones name their own namespace.
const id = z.string().trim().min(1, "invalid");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "placements.errors.tooLong")
    .refine(hasNoNul, "invalid")
    .optional()
    .transform((v) => v || null);
const isIso = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isoDate = z
  .string()
  .trim()
  .min(1, "required")
  .refine((v) => isIso(v) && !Number.isNaN(Date.parse(v)), "placements.errors.date");
const text = (max: number, required: string) =>
  z.string().trim().min(1, required).max(max, "placements.errors.tooLong").refine(hasNoNul, "invalid");

export const proposeSchema = z.object({
  slotId: id,
  participantId: id,
  note: optionalText(1000),
});
export type ProposeInput = z.infer<typeof proposeSchema>;

export const moveSchema = z.object({
  id,
  version: z.coerce.number().int().min(1, "invalid"),
  to: z.enum(placementStageEnum.enumValues, "invalid"),
  note: optionalText(1000),
  reason: optionalText(500),
  outcome: z
    .union([z.literal(""), z.enum(placementOutcomeEnum.enumValues, "placements.errors.outcomeRequired")])
    .optional()
    .transform((v) => v || null),
  interviewAt: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const at = osloLocalToDate(v);
      if (!at) ctx.addIssue({ code: "custom", message: "placements.errors.interviewAtInvalid" });
      return at;
    }),
  /** Where to go back to after the move: only our own pages, never an outside address. */
  returnTo: z
    .string()
    .optional()
    .transform((v) => (v && /^\/(pipeline|placements|proposals|slots)(\/[\w-]*)*$/.test(v) ? v : null)),
});
export type MoveInput = z.infer<typeof moveSchema>;

/** The terms of an internship agreement, filled in by municipality staff. */
export const agreementTermsSchema = z
  .object({
    placementId: z.string().trim().min(1, "invalid"),
    /** The version the form was loaded with; empty for the first save. */
    version: z.coerce.number().int().min(0, "invalid").optional().default(0),
    tasks: text(2000, "placements.errors.tasksRequired"),
    mentorName: text(200, "placements.errors.mentorRequired"),
    startsOn: isoDate,
    endsOn: z
      .union([z.literal(""), isoDate])
      .optional()
      .transform((v) => v || null),
    hoursPerWeek: z.coerce
      .number("placements.errors.hours")
      .int("placements.errors.hours")
      .min(1, "placements.errors.hours")
      .max(60, "placements.errors.hours"),
    followUpPlan: text(2000, "placements.errors.followUpPlanRequired"),
    supportScheme: z
      .union([z.literal("none"), z.enum(supportSchemeEnum.enumValues)], "placements.errors.supportScheme")
      .transform((v) => (v === "none" ? null : v)),
    municipalityContactId: z.string().trim().min(1, "placements.errors.contactRequired").refine(hasNoNul, "invalid"),
  })
  .superRefine(
    (v, ctx) => {
      if (isIso(v.endsOn) && isIso(v.startsOn) && v.endsOn < v.startsOn)
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "placements.errors.endBeforeStart" });
    },
    { when: () => true },
  );
export type AgreementTermsInput = z.infer<typeof agreementTermsSchema>;

export const confirmAgreementSchema = z
  .object({
    placementId: z.string().trim().min(1, "invalid"),
    version: z.coerce.number().int().min(1, "invalid"),
    party: z.enum(PARTIES, "invalid"),
    method: z
      .union([z.literal(""), z.enum(confirmationMethodEnum.enumValues)])
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.party === "participant" && !v.method)
      ctx.addIssue({ code: "custom", path: ["method"], message: "placements.errors.methodRequired" });
  });
export type ConfirmAgreementInput = z.infer<typeof confirmAgreementSchema>;
