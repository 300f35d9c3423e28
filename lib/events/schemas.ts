import { z } from "zod";
import { eventKindEnum, eventStatusEnum } from "@/db/schema/events";
import { educationLevelEnum } from "@/db/schema/participants";
import { hasNoNul } from "@/lib/security/text";
import { osloInstant } from "@/lib/time/oslo";
import { closesAtFromDate, interviewsFit, minutesOfDay, opensAtFromDate } from "./rules";

// Messages are keys: bare ones in "errors", dotted ones in the events namespace.
const text = (max: number) => z.string().trim().max(max, "events.errors.tooLong").refine(hasNoNul, "invalid");
const required = (max: number) => text(max).min(1, "required");
const isRealDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && osloInstant(v, "12:00") !== null;
const date = z.string().trim().min(1, "required").refine(isRealDate, "events.errors.date");
const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isRealDate(v), "events.errors.date")
  .transform((v) => v || null);
const time = z
  .string()
  .trim()
  .refine((v) => minutesOfDay(v) !== null, "events.errors.time");
const optionalInt = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,5}$/.test(v) && Number(v) >= min && Number(v) <= max), message)
    .transform((v) => (v ? Number(v) : null));

/** One checkbox per co-host organization: FormData keeps only the last value of a repeated name. */
export const cohostField = (organizationId: string) => `cohost_${organizationId}`;
const COHOST = /^cohost_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

const fields = z
  .object({
    kind: z.enum(eventKindEnum.enumValues, "events.errors.kind"),
    title: required(120),
    description: text(3000)
      .optional()
      .transform((v) => v ?? ""),
    date,
    startTime: time,
    endTime: time,
    venue: required(200),
    capacity: optionalInt(1, 10_000, "events.errors.capacity"),
    standCapacity: optionalInt(1, 500, "events.errors.standCapacity"),
    registrationOpens: optionalDate,
    registrationCloses: optionalDate,
    minEducation: z
      .union([z.literal(""), z.enum(educationLevelEnum.enumValues, "invalid")])
      .optional()
      .transform((v) => v || null),
    interviewStart: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || minutesOfDay(v) !== null, "events.errors.time")
      .transform((v) => v || null),
    interviewMinutes: optionalInt(5, 60, "events.errors.interviewMinutes"),
    interviewRounds: optionalInt(1, 40, "events.errors.interviewRounds"),
  })
  // The co-host checkboxes; anything else extra is dropped by the transform below.
  .catchall(z.string());

type Fields = z.infer<typeof fields>;
type Raw = Record<string, unknown>;
// Before the field transforms (when a field failed) values are strings; after, numbers may be numbers.
const str = (v: unknown) => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

/** Checks across fields; they run even when single fields failed, so every message shows at once. */
function crossCheck(raw: Raw, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const [start, end, day] = [str(raw.startTime), str(raw.endTime), str(raw.date)];
  if (minutesOfDay(start) !== null && minutesOfDay(end) !== null && minutesOfDay(end)! <= minutesOfDay(start)!)
    issue("endTime", "events.errors.endBeforeStart");
  const [opens, closes] = [str(raw.registrationOpens), str(raw.registrationCloses)];
  if (isRealDate(day) && isRealDate(closes) && closes >= day)
    issue("registrationCloses", "events.errors.closesAfterEvent");
  if (isRealDate(day) && isRealDate(opens) && opens >= day) issue("registrationOpens", "events.errors.opensAfterEvent");
  if (isRealDate(opens) && isRealDate(closes) && opens > closes)
    issue("registrationOpens", "events.errors.opensAfterCloses");
  if (raw.kind !== "career_fair") return;
  const interview = {
    interviewStart: str(raw.interviewStart),
    interviewMinutes: str(raw.interviewMinutes),
    interviewRounds: str(raw.interviewRounds),
  };
  const given = Object.values(interview).filter(Boolean).length;
  if (given > 0 && given < 3) {
    for (const [k, v] of Object.entries(interview)) if (!v) issue(k, "events.errors.interviewIncomplete");
    return;
  }
  const [minutes, rounds] = [Number(interview.interviewMinutes), Number(interview.interviewRounds)];
  if (
    given === 3 &&
    minutesOfDay(interview.interviewStart) !== null &&
    minutes > 0 &&
    rounds > 0 &&
    minutesOfDay(start) !== null &&
    minutesOfDay(end) !== null
  ) {
    if (!interviewsFit(start, end, interview.interviewStart, minutes, rounds))
      issue("interviewRounds", "events.errors.interviewsOutside");
  }
}

function toInput(v: Fields) {
  const fair = v.kind === "career_fair";
  const cohostIds = Object.entries(v)
    .map(([k, value]) => (value === "on" ? COHOST.exec(k)?.[1] : undefined))
    .filter((id): id is string => Boolean(id));
  const interviews = fair && v.interviewStart && v.interviewMinutes && v.interviewRounds;
  return {
    kind: v.kind,
    title: v.title,
    description: v.description,
    startsAt: osloInstant(v.date, v.startTime) as Date,
    endsAt: osloInstant(v.date, v.endTime) as Date,
    venue: v.venue,
    capacity: v.capacity,
    // Stands and speed interviews belong to career fairs only.
    standCapacity: fair ? v.standCapacity : null,
    registrationOpensAt: v.registrationOpens ? opensAtFromDate(v.registrationOpens) : null,
    registrationClosesAt: v.registrationCloses ? closesAtFromDate(v.registrationCloses) : null,
    minEducation: v.minEducation,
    interviewStartsAt: interviews ? osloInstant(v.date, v.interviewStart as string) : null,
    interviewMinutes: interviews ? v.interviewMinutes : null,
    interviewRounds: interviews ? v.interviewRounds : null,
    cohostIds: [...new Set(cohostIds)],
  };
}

export type EventInput = ReturnType<typeof toInput>;

/** The event form: flat FormData fields in, an event row's values and its co-hosts out. */
export const eventFormSchema = fields
  .superRefine((v, ctx) => crossCheck(v as Raw, ctx), { when: () => true })
  .transform(toInput);

const version = z.coerce.number().int().min(1, "invalid");

/** The same form with the event's id and version; one object, so the co-host catch-all never meets the version twice. */
export const editEventSchema = fields
  .extend({ id: z.string(), version })
  .superRefine((v, ctx) => crossCheck(v as Raw, ctx), { when: () => true })
  .transform((v) => ({ ...toInput(v), id: v.id, version: v.version }));

export const eventStatusSchema = z.object({
  id: z.string(),
  version,
  status: z.enum(
    eventStatusEnum.enumValues.filter((s) => s !== "draft") as ["published", "completed", "cancelled"],
    "invalid",
  ),
});
