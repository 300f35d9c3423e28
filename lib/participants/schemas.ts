import { z } from "zod";
import { cefrEnum, educationLevelEnum, participantStatusEnum, programmeTrackEnum } from "@/db/schema/participants";
import { parseOccupationInput } from "@/lib/occupations/rules";
import { ERASURE_REASONS } from "@/lib/privacy/reason";
import { hasNoNul } from "@/lib/security/text";
import { FORM_ROWS, LANGUAGES } from "./rules";

// Messages are keys: bare ones in "errors", dotted ones in the participants namespace.
const text = (max = 200) => z.string().trim().max(max, "participants.errors.tooLong").refine(hasNoNul, "invalid");
const optionalText = (max = 200) => text(max).transform((v) => v || null);
const required = (max = 100) => text(max).min(1, "required");
// A required date left empty says it is required; only typed text that is no date gets the format message.
const isoDate = z
  .string()
  .min(1, "required")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "participants.errors.date");
const optionalDate = z.union([z.literal(""), isoDate]).transform((v) => v || null);
const optionalCefr = z.union([z.literal(""), z.enum(cefrEnum.enumValues, "invalid")]).transform((v) => v || null);
const optionalInt = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

const occupationField = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || parseOccupationInput(v) !== null, "participants.errors.occupation");

const rowFields: Record<string, z.ZodType> = {};
for (let i = 0; i < FORM_ROWS.languages; i++) {
  rowFields[`lang${i}`] = z.union([z.literal(""), z.enum(LANGUAGES, "invalid")]).optional();
  rowFields[`langLevel${i}`] = z.union([z.literal(""), z.enum(cefrEnum.enumValues, "invalid")]).optional();
}
for (let i = 0; i < FORM_ROWS.experience; i++) {
  rowFields[`exp${i}`] = occupationField;
  rowFields[`expYears${i}`] = z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,2}$/.test(v) && Number(v) <= 60), "participants.errors.years");
}
for (let i = 0; i < FORM_ROWS.wishes; i++) rowFields[`wish${i}`] = occupationField;

const fields = (currentYear: number) =>
  z.object({
    firstName: required(),
    lastName: required(),
    birthYear: z
      .string()
      .trim()
      .min(1, "required")
      .refine(
        (v) => /^\d{4}$/.test(v) && Number(v) >= 1930 && Number(v) <= currentYear - 15,
        "participants.errors.birthYear",
      ),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "email")
      .pipe(z.union([z.literal(""), z.email("email")]))
      .transform((v) => v || null),
    phone: optionalText(30).refine((v) => v === null || /^\+?[\d ]{8,15}$/.test(v), "participants.errors.phone"),
    countryOfOrigin: optionalText(100),
    norwegianReading: optionalCefr,
    norwegianWriting: optionalCefr,
    norwegianSpeaking: optionalCefr,
    norwegianListening: optionalCefr,
    educationLevel: z.enum(educationLevelEnum.enumValues, "invalid"),
    educationField: optionalText(),
    drivingLicence: z
      .string()
      .optional()
      .transform((v) => v === "on"),
    hoursPerWeek: optionalInt(1, 60, "participants.errors.hours"),
    availableFrom: optionalDate,
    area: optionalText(100),
    programmeTrack: z.enum(programmeTrackEnum.enumValues, "invalid"),
    programmeStart: isoDate,
    programmeEnd: isoDate,
    status: z.enum(participantStatusEnum.enumValues, "invalid"),
    assignedTo: z
      .string()
      .trim()
      .refine(hasNoNul, "invalid")
      .transform((v) => v || null),
    externalId: optionalText(100),
    ...rowFields,
  });

type Fields = z.infer<ReturnType<typeof fields>>;
type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** Rows as pairs: only complete, valid pairs become data. */
function rows(v: Raw) {
  const languages: { language: string; level: (typeof cefrEnum.enumValues)[number] }[] = [];
  for (let i = 0; i < FORM_ROWS.languages; i++) {
    const language = str(v[`lang${i}`]);
    const level = str(v[`langLevel${i}`]);
    if (language && level) languages.push({ language, level: level as (typeof cefrEnum.enumValues)[number] });
  }
  const experience: { iscoCode: string; years: number }[] = [];
  for (let i = 0; i < FORM_ROWS.experience; i++) {
    const code = parseOccupationInput(str(v[`exp${i}`]));
    const years = str(v[`expYears${i}`]);
    if (code && years) experience.push({ iscoCode: code, years: Number(years) });
  }
  const wishes = Array.from({ length: FORM_ROWS.wishes }, (_, i) => parseOccupationInput(str(v[`wish${i}`]))).filter(
    (c): c is string => Boolean(c),
  );
  return { languages, experience, wishes };
}

/** Checks across fields. Runs even when single fields failed, so every error shows at once. */
function crossCheck(v: Raw, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const start = str(v.programmeStart);
  const end = str(v.programmeEnd);
  if (start && end && end <= start) issue("programmeEnd", "participants.errors.endBeforeStart");
  const seenLanguages: string[] = [];
  for (let i = 0; i < FORM_ROWS.languages; i++) {
    const language = str(v[`lang${i}`]);
    const level = str(v[`langLevel${i}`]);
    if (level && !language) issue(`lang${i}`, "participants.errors.languageMissing");
    if (language && !level) issue(`langLevel${i}`, "participants.errors.levelMissing");
    if (language && seenLanguages.includes(language)) issue(`lang${i}`, "participants.errors.languageTwice");
    seenLanguages.push(language);
  }
  for (let i = 0; i < FORM_ROWS.experience; i++) {
    const occupation = str(v[`exp${i}`]);
    const years = str(v[`expYears${i}`]);
    if (years && !occupation) issue(`exp${i}`, "participants.errors.occupation");
    if (occupation && !years) issue(`expYears${i}`, "participants.errors.years");
  }
  const seenWishes: string[] = [];
  for (let i = 0; i < FORM_ROWS.wishes; i++) {
    const code = parseOccupationInput(str(v[`wish${i}`]));
    if (code && seenWishes.includes(code)) issue(`wish${i}`, "participants.errors.wishTwice");
    if (code) seenWishes.push(code);
  }
}

export type ParticipantInput = ReturnType<typeof toInput>;

function toInput(v: Fields) {
  const {
    firstName,
    lastName,
    email,
    phone,
    countryOfOrigin,
    norwegianReading,
    norwegianWriting,
    norwegianSpeaking,
    norwegianListening,
  } = v;
  const {
    educationLevel,
    educationField,
    drivingLicence,
    hoursPerWeek,
    availableFrom,
    area,
    programmeTrack,
    programmeStart,
    programmeEnd,
    status,
    assignedTo,
    externalId,
  } = v;
  return {
    record: {
      firstName,
      lastName,
      birthYear: Number(v.birthYear),
      email,
      phone,
      countryOfOrigin,
      norwegianReading,
      norwegianWriting,
      norwegianSpeaking,
      norwegianListening,
      educationLevel,
      educationField,
      drivingLicence,
      hoursPerWeek,
      availableFrom,
      area,
      programmeTrack,
      programmeStart,
      programmeEnd,
      status,
      assignedTo,
      externalId,
    },
    ...rows(v as Raw),
  };
}

/** The participant form: flat FormData fields in, a record with its rows out. */
export function participantFormSchema(currentYear: number) {
  return fields(currentYear)
    .superRefine((v, ctx) => crossCheck(v as Raw, ctx), { when: () => true })
    .transform(toInput);
}

export const editParticipantSchema = (currentYear: number) =>
  z.object({ id: z.string(), version: z.coerce.number().int() }).and(participantFormSchema(currentYear));

export const participantFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z
    .enum([...participantStatusEnum.enumValues, "active", "all"])
    .optional()
    .catch(undefined),
  endsWithinMonths: z.coerce.number().int().min(1).max(48).optional().catch(undefined),
  norwegianLevel: z.enum(cefrEnum.enumValues).optional().catch(undefined),
  wish: z.string().trim().optional().catch(undefined),
  assigned: z.string().trim().optional().catch(undefined),
  sort: z.enum(["name", "programmeEnd", "nextFollowUp", "status"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type ParticipantFilterParams = z.infer<typeof participantFiltersSchema>;

export const reassignSchema = z.object({
  id: z.string(),
  assignedTo: z.string().min(1, "participants.errors.chooseStaff").refine(hasNoNul, "invalid"),
});

export const consentSchema = z.object({
  id: z.string(),
  scope: z.enum(["share_employers", "share_fair_exhibitors", "contact_email"], "invalid"),
  givenOn: isoDate,
  method: z.enum(["signed_form", "verbal_interpreter", "digital"], "participants.errors.method"),
});
export const withdrawConsentSchema = z.object({ id: z.string(), consentId: z.string() });

export const outcomeSchema = z
  .object({
    id: z.string(),
    timepoint: z.enum(["programme_end", "one_year"], "invalid"),
    outcome: z.enum(["work", "education", "both", "neither"], "participants.errors.outcome"),
    reason: optionalText(500),
  })
  .refine((v) => v.outcome !== "neither" || v.reason, {
    path: ["reason"],
    message: "participants.errors.reasonRequired",
  });

/**
 * Erasure on request: the ground goes to the audit log as a code, with an optional note (taken
 * out of it: the person's identifiers, lib/privacy/reason.ts); the checkbox confirms the admin means it.
 */
export const eraseSchema = z
  .object({
    id: z.string(),
    reasonCode: z.enum(ERASURE_REASONS, "participants.errors.eraseReason"),
    note: optionalText(500),
    confirm: z.literal("on", "participants.errors.eraseConfirm"),
  })
  .refine((v) => v.reasonCode !== "other" || v.note, { path: ["note"], message: "participants.errors.eraseNote" });
