import { z } from "zod";
import { actionStatusEnum } from "@/db/schema/council";
import { hasNoNul } from "@/lib/security/text";
import { UUID } from "@/lib/ids";

// Messages are keys: bare ones in "errors", dotted ones in the actionItems namespace.
const text = (max: number) => z.string().trim().max(max, "actionItems.errors.tooLong").refine(hasNoNul, "invalid");
const required = (max: number) => text(max).min(1, "required");
const optionalId = z
  .string()
  .trim()
  .refine(hasNoNul, "invalid")
  .optional()
  .transform((v) => v || null);
const isRealDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** A new action item. The due date may not be before `today` (Oslo), so the schema is built per request. */
export const actionItemFormSchema = (today: string) =>
  z.object({
    title: required(200),
    ownerOrgId: z.string().trim().min(1, "actionItems.errors.owner"),
    ownerRepresentativeId: optionalId,
    dueOn: z
      .string()
      .trim()
      .min(1, "required")
      .refine(isRealDate, "actionItems.errors.date")
      .refine((v) => !isRealDate(v) || v >= today, "actionItems.errors.pastDue"),
    meetingId: optionalId,
  });

export type ActionItemInput = z.infer<ReturnType<typeof actionItemFormSchema>>;

export const actionStatusSchema = z.object({
  id: z.string(),
  version: z.coerce.number().int(),
  status: z.enum(actionStatusEnum.enumValues, "invalid"),
});

export const actionCommentSchema = z.object({
  id: z.string(),
  body: required(2000),
});

const flag = z.literal("1").optional().catch(undefined);

/** The list's filters from the query string; anything unknown is ignored rather than an error. */
export const actionFiltersSchema = z.object({
  status: z
    .enum([...actionStatusEnum.enumValues, "active", "all"])
    .optional()
    .catch(undefined),
  owner: z.string().regex(UUID).optional().catch(undefined),
  overdue: flag,
  mine: flag,
});

export type ActionFilters = z.infer<typeof actionFiltersSchema>;
