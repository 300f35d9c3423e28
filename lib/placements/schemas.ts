import { z } from "zod";
import { placementOutcomeEnum, placementStageEnum } from "@/db/schema/pipeline";
import { hasNoNul } from "@/lib/security/text";
import { osloLocalToDate } from "./rules";

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
