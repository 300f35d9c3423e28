import { z } from "zod";
import { parseOccupationInput } from "@/lib/occupations/rules";
import { hasNoNul } from "@/lib/security/text";

// Messages are keys: bare ones in "errors", dotted ones in the stands namespace.
/** Occupation rows on the stand form (type-ahead fields occ0…). */
export const OCCUPATION_ROWS = 5;
export const occupationField = (i: number) => `occ${i}`;
/** One checkbox per slot the employer brings: FormData keeps only the last value of a repeated name. */
export const slotField = (slotId: string) => `slot_${slotId}`;
const SLOT = /^slot_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

const int = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{1,2}$/.test(v) && Number(v) >= min && Number(v) <= max, message)
    .transform(Number);

const occupation = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || parseOccupationInput(v) !== null, "stands.errors.occupation")
  .transform((v) => (v ? parseOccupationInput(v) : null));

const occupationFields = Object.fromEntries(
  Array.from({ length: OCCUPATION_ROWS }, (_, i) => [occupationField(i), occupation]),
) as Record<string, typeof occupation>;

const fields = z
  .object({
    eventId: z.string().trim().min(1, "invalid"),
    representatives: int(1, 20, "stands.errors.representatives"),
    tables: int(0, 10, "stands.errors.tables"),
    ...occupationFields,
  })
  // The slot checkboxes; other extra fields are dropped by the transform.
  .catchall(z.string());

type Raw = Record<string, unknown>;

/** At least one occupation, none twice; checked on the raw rows so the message lands on the right one. */
function checkOccupations(raw: Raw, ctx: z.RefinementCtx) {
  const seen: string[] = [];
  let any = false;
  for (let i = 0; i < OCCUPATION_ROWS; i++) {
    const v = raw[occupationField(i)];
    const code = typeof v === "string" ? parseOccupationInput(v) : null;
    if (typeof v === "string" && v.trim()) any = true;
    if (code && seen.includes(code))
      ctx.addIssue({ code: "custom", path: [occupationField(i)], message: "stands.errors.occupationTwice" });
    if (code) seen.push(code);
  }
  if (!any) ctx.addIssue({ code: "custom", path: [occupationField(0)], message: "stands.errors.occupationRequired" });
}

export const standFormSchema = fields
  .superRefine((v, ctx) => checkOccupations(v as Raw, ctx), { when: () => true })
  .transform((v) => {
    const rows = v as Record<string, unknown>;
    const occupations = Array.from({ length: OCCUPATION_ROWS }, (_, i) => rows[occupationField(i)]).filter(
      (c): c is string => typeof c === "string",
    );
    const slotIds = Object.entries(rows)
      .map(([k, value]) => (value === "on" ? SLOT.exec(k)?.[1] : undefined))
      .filter((id): id is string => Boolean(id));
    return { eventId: v.eventId, representatives: v.representatives, tables: v.tables, occupations, slotIds };
  });
export type StandInput = z.infer<typeof standFormSchema>;

export const cancelStandSchema = z.object({ eventId: z.string().trim().min(1, "invalid") });

export const standNumberSchema = z.object({
  eventId: z.string().trim().min(1, "invalid"),
  standId: z.string().trim().min(1, "invalid"),
  standNumber: z
    .string()
    .trim()
    .max(10, "stands.errors.standNumberLength")
    .refine(hasNoNul, "invalid")
    .optional()
    .transform((v) => v || null),
});
