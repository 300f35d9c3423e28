import { z } from "zod";
import { contactChannelEnum, contactKindEnum, contactPurposeEnum, workKindEnum } from "@/db/schema/follow-up";
import { hasNoNul } from "@/lib/security/text";
import { asksFaceToFace, DUE_RANGES } from "./rules";

// Messages are keys: bare ones in "errors", dotted ones name their own namespace.
const isoDate = z
  .string()
  .trim()
  .min(1, "required")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "followUps.errors.date")
  .refine((v) => !Number.isNaN(Date.parse(v)), "followUps.errors.date");
const optionalDate = z.union([z.literal(""), isoDate]).transform((v) => v || null);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "followUps.errors.tooLong")
    .refine(hasNoNul, "invalid")
    .transform((v) => v || null);
const optionalId = z
  .string()
  .trim()
  .transform((v) => v || null);
const isIso = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
// Cross-field checks run even when a single field failed, so the user sees every error at once;
// they read the partly parsed values defensively.
const always = { when: () => true };

/** The log-contact form. `today` is the Oslo date: a contact is logged after it happened. */
export function logContactSchema(today: string) {
  return z
    .object({
      participantId: optionalId,
      kind: z.enum(contactKindEnum.enumValues, "followUps.errors.kind"),
      channel: z.enum(contactChannelEnum.enumValues, "followUps.errors.channel"),
      purpose: z.enum(contactPurposeEnum.enumValues, "followUps.errors.purpose"),
      // Asked only for a meeting (FACE_TO_FACE_CHANNELS); for any other channel the answer is ignored.
      faceToFace: z.string().optional(),
      contactDate: isoDate.refine((v) => v <= today, "followUps.errors.contactInFuture"),
      employerId: optionalId,
      notes: optionalText(4000),
      nextAction: optionalText(200),
      nextDueOn: optionalDate,
      followUpId: optionalId,
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (asksFaceToFace(v.channel) && v.faceToFace !== "yes" && v.faceToFace !== "no")
        issue("faceToFace", "followUps.errors.faceToFace");
      if ((v.kind === "employer" || v.kind === "workplace_visit") && !v.employerId)
        issue("employerId", "followUps.errors.employerRequired");
      if (v.nextAction && !v.nextDueOn) issue("nextDueOn", "followUps.errors.nextDueMissing");
      if (!v.nextAction && v.nextDueOn) issue("nextAction", "followUps.errors.nextActionMissing");
      if (isIso(v.nextDueOn) && isIso(v.contactDate) && v.nextDueOn < v.contactDate)
        issue("nextDueOn", "followUps.errors.dueBeforeContact");
    }, always)
    .transform(({ faceToFace, ...v }) => ({ ...v, faceToFace: asksFaceToFace(v.channel) && faceToFace === "yes" }));
}
export type LogContactInput = z.infer<ReturnType<typeof logContactSchema>>;

/** Start of a job or internship: an employer from the list, or a name typed in. */
export const registerWorkSchema = z
  .object({
    participantId: z.string().trim().min(1, "invalid"),
    kind: z.enum(workKindEnum.enumValues, "followUps.errors.workKind"),
    employerId: optionalId,
    employerName: optionalText(200),
    startsOn: isoDate,
    endsOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (!v.employerId && !v.employerName)
      ctx.addIssue({ code: "custom", path: ["employerId"], message: "followUps.errors.workEmployerMissing" });
    if (isIso(v.endsOn) && isIso(v.startsOn) && v.endsOn < v.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "followUps.errors.endBeforeStart" });
  }, always);
export type RegisterWorkInput = z.infer<typeof registerWorkSchema>;

export const completeFollowUpSchema = z.object({ id: z.string().trim().min(1, "invalid") });

export const dueListFiltersSchema = z.object({
  scope: z.enum(["mine", "all"]).optional().catch(undefined),
  range: z.enum(DUE_RANGES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
