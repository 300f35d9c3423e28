import { z } from "zod";
import {
  commitmentKindEnum,
  commitmentStatusEnum,
  goalLevelEnum,
  goalMeasureEnum,
  goalMetricEnum,
  goalUnitEnum,
} from "@/db/schema/council";
import { hasNoNul } from "@/lib/security/text";
import { METRICS } from "./metrics";
import { UUID } from "@/lib/ids";

// Messages are keys: bare ones in "errors", dotted ones in the goals namespace.
const text = (max: number) => z.string().trim().max(max, "goals.errors.tooLong").refine(hasNoNul, "invalid");
const required = (max: number) => text(max).min(1, "required");
const id = z.string().regex(UUID, "invalid");
const version = z.coerce.number().int().min(1, "invalid");

/** A real calendar day "YYYY-MM-DD" (no 31 February). */
export function isRealDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2100-12-31";
}
const day = (message: string) => z.string().trim().min(1, "required").refine(isRealDate, message);
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || isRealDate(v), "goals.errors.date");

/** A figure as people type it: "55", "55,5" or "1 500". */
export const MAX_FIGURE = 1_000_000_000;
export function parseFigure(v: string): number | null {
  const s = v.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(s)) return null;
  const n = Number(s);
  return n <= MAX_FIGURE ? n : null;
}
const figure = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => parseFigure(v) !== null, message)
    .transform((v) => parseFigure(v) as number);

const fields = z.object({
  title: required(160),
  why: text(2000)
    .optional()
    .transform((v) => v ?? ""),
  level: z.enum(goalLevelEnum.enumValues, "goals.errors.level"),
  baseline: figure("goals.errors.figure"),
  target: figure("goals.errors.figure"),
  startsOn: day("goals.errors.date"),
  deadline: day("goals.errors.date"),
  unit: z
    .union([z.literal(""), z.enum(goalUnitEnum.enumValues, "goals.errors.unit")])
    .optional()
    .transform((v) => v || null),
  measure: z.enum(goalMeasureEnum.enumValues, "goals.errors.measure"),
  metric: z
    .union([z.literal(""), z.enum(goalMetricEnum.enumValues, "goals.errors.metric")])
    .optional()
    .transform((v) => v || null),
  months: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null),
  membersOnly: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
type Fields = z.infer<typeof fields>;

const monthsOk = (v: string | null) => v !== null && /^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 120;

function toInput(v: Fields) {
  const metric = v.measure === "live" ? v.metric : null;
  const metricParams: Record<string, number | boolean> = {};
  if (metric && METRICS[metric].param === "months") metricParams.months = Number(v.months);
  if (metric && METRICS[metric].param === "membersOnly" && v.membersOnly) metricParams.membersOnly = true;
  return {
    title: v.title,
    why: v.why,
    level: v.level,
    baseline: v.baseline,
    target: v.target,
    startsOn: v.startsOn,
    deadline: v.deadline,
    // A live metric has its own unit; a reported figure has the unit the council chose.
    unit: metric ? METRICS[metric].unit : (v.unit as NonNullable<Fields["unit"]>),
    measure: v.measure,
    metric,
    metricParams,
  };
}
export type GoalInput = ReturnType<typeof toInput>;

/** The goal form. Cross-field rules run even when other fields failed, so every message shows at once. */
export const goalFormSchema = fields
  .superRefine(
    (v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (
        typeof v.startsOn === "string" &&
        typeof v.deadline === "string" &&
        isRealDate(v.startsOn) &&
        isRealDate(v.deadline) &&
        v.deadline <= v.startsOn
      ) {
        issue("deadline", "goals.errors.deadlineBeforeStart");
      }
      if (typeof v.baseline === "number" && typeof v.target === "number" && v.baseline === v.target)
        issue("target", "goals.errors.sameAsBaseline");
      if (v.measure === "live" && !v.metric) issue("metric", "goals.errors.metric");
      if (v.measure === "live" && v.metric === "work_or_education_share" && !monthsOk(v.months ?? null))
        issue("months", "goals.errors.months");
      if (v.measure === "manual" && !v.unit) issue("unit", "goals.errors.unit");
    },
    { when: () => true },
  )
  .transform(toInput);

export const editGoalSchema = z.object({ id, version }).and(goalFormSchema);

export const reportFigureSchema = z.object({
  goalId: id,
  value: figure("goals.errors.figure"),
  reportedFor: day("goals.errors.date"),
  note: text(500)
    .optional()
    .transform((v) => v || null),
});

export const commitmentSchema = z.object({
  goalId: id,
  kind: z.enum(commitmentKindEnum.enumValues, "commitments.errors.kind"),
  amount: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || parseFigure(v) !== null, "commitments.errors.amount")
    .transform((v) => (v ? (parseFigure(v) as number) : null)),
  description: required(500),
});

export const commitmentStatusSchema = z.object({
  id,
  version,
  status: z.enum(commitmentStatusEnum.enumValues, "commitments.errors.status"),
  deliveredOn: optionalDay,
});
