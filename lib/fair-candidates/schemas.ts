import { z } from "zod";
import { cefrEnum, educationLevelEnum } from "@/db/schema/participants";
import { emailSchema } from "@/lib/auth/schemas";
import { parseOccupationInput } from "@/lib/occupations/rules";
import { hasNoNul } from "@/lib/security/text";
import { MAX_OCCUPATIONS, MAX_WISHES, meetsEligibility } from "./rules";

// Messages are keys: bare ones in "errors", dotted ones name their own path.
const text = (max: number) => z.string().trim().max(max, "publicFair.errors.tooLong").refine(hasNoNul, "invalid");
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => v || null);
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on");
const id = z.string().trim();

/** The form's occupation fields: occupation0 … occupation2, each an ISCO label from the type-ahead. */
export const occupationField = (i: number) => `occupation${i}`;
const occupation = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || parseOccupationInput(v) !== null, "publicFair.errors.occupation");

const education = z.enum(educationLevelEnum.enumValues, "publicFair.errors.educationLevel");

/**
 * The public registration form. `rule` is the fair's minimum education, sent back by the form
 * only so the eligibility message shows together with the other errors; the server checks the
 * fair's own rule again before saving.
 */
export const registrationSchema = z
  .object({
    eventId: id,
    rule: z
      .union([z.literal(""), education])
      .optional()
      .catch(undefined),
    name: text(100).min(1, "publicFair.errors.name"),
    email: emailSchema,
    phone: text(30)
      .refine((v) => v === "" || /^\+?[0-9 ()-]{5,}$/.test(v), "publicFair.errors.phone")
      .optional()
      .transform((v) => v || null),
    educationLevel: education,
    educationField: optionalText(200),
    occupation0: occupation.refine((v) => Boolean(v), "publicFair.errors.occupationRequired"),
    occupation1: occupation,
    occupation2: occupation,
    norwegianLevel: z.enum(cefrEnum.enumValues, "publicFair.errors.norwegianLevel"),
    englishLevel: z
      .union([z.literal(""), z.enum(cefrEnum.enumValues, "invalid")])
      .optional()
      .transform((v) => v || null),
    countryOfOrigin: optionalText(100),
    countryConsent: checkbox,
    dataConsent: checkbox.refine((v) => v, "publicFair.errors.dataConsent"),
    share: checkbox,
  })
  .superRefine(
    (v, ctx) => {
      const rule = v.rule || null;
      if (rule && typeof v.educationLevel === "string" && !meetsEligibility(v.educationLevel, rule)) {
        ctx.addIssue({ code: "custom", path: ["educationLevel"], message: `publicFair.notEligible.${rule}` });
      }
    },
    { when: () => true },
  )
  .transform((v) => ({
    eventId: v.eventId,
    name: v.name,
    email: v.email,
    phone: v.phone,
    educationLevel: v.educationLevel,
    educationField: v.educationField,
    occupations: [
      ...new Set(
        [v.occupation0, v.occupation1, v.occupation2]
          .filter(Boolean)
          .map((o) => parseOccupationInput(o as string) as string),
      ),
    ].slice(0, MAX_OCCUPATIONS),
    norwegianLevel: v.norwegianLevel,
    englishLevel: v.englishLevel,
    // Recorded only with its own consent: without the tick the country is dropped.
    countryOfOrigin: v.countryConsent ? v.countryOfOrigin : null,
    countryConsent: v.countryConsent && v.countryOfOrigin !== null,
    shareWithExhibitors: v.share,
  }));
export type RegistrationInput = z.infer<typeof registrationSchema>;

/** Wish checkboxes are named stand_<id>: FormData keeps only the last value of a repeated name. */
export const wishField = (standId: string) => `stand_${standId}`;
const WISH = /^stand_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const wishes = z
  .looseObject({})
  .transform((form) =>
    Object.entries(form)
      .filter(([k, v]) => v === "on" && WISH.test(k))
      .map(([k]) => (WISH.exec(k) as RegExpExecArray)[1]),
  )
  .superRefine((ids, ctx) => {
    if (ids.length > MAX_WISHES)
      ctx.addIssue({ code: "custom", path: ["wishes"], message: "fairCandidates.errors.tooManyWishes" });
  });

/** Public candidate: the token of the manage link plus the wished stands. */
export const candidateWishesSchema = z.object({ token: id }).and(wishes.transform((standIds) => ({ standIds })));
export const candidateShareSchema = z.object({ token: id, share: checkbox });
export const candidateCancelSchema = z.object({ token: id });
export const candidateDeleteSchema = z.object({
  token: id,
  confirm: checkbox.refine((v) => v, "publicFair.errors.confirmDelete"),
});

/** Signed-in: one candidate of one event. */
export const eventCandidateSchema = z.object({ eventId: id, candidateId: id });
export const participantWishesSchema = eventCandidateSchema.and(wishes.transform((standIds) => ({ standIds })));
export const registerParticipantSchema = z.object({
  eventId: id,
  participantId: z.string().trim().min(1, "fairCandidates.errors.chooseParticipant"),
});
export const employerWishSchema = eventCandidateSchema.extend({
  want: z.enum(["yes", "no"], "invalid").transform((v) => v === "yes"),
});

/** The organizer's list filters (GET). */
export const candidateFiltersSchema = z.object({
  status: z.enum(["registered", "waitlisted", "cancelled"]).optional().catch(undefined),
  kind: z.enum(["participant", "public"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type CandidateFilterParams = z.infer<typeof candidateFiltersSchema>;
