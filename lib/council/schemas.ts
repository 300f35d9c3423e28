import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { osloInstant } from "@/lib/time/oslo";
import { minutesOfDay } from "@/lib/events/rules";
import { hasNoNul } from "@/lib/security/text";
import { UUID } from "@/lib/ids";

// Messages are keys: bare ones in "errors", dotted ones in the meetings/council namespaces.
const text = (max: number) => z.string().trim().max(max, "meetings.errors.tooLong").refine(hasNoNul, "invalid");
const required = (max: number) => text(max).min(1, "required");
const isRealDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && osloInstant(v, "12:00") !== null;
const version = z.coerce.number().int().min(1, "invalid");
const id = z.string().regex(UUID, "invalid");

/** How many agenda rows a meeting form may send; a real agenda is far shorter. */
export const MAX_AGENDA = 20;
const AGENDA_FIELD = /^agenda(Title|Owner|Minutes|Url)_(\d{1,2})$/;

export interface AgendaRow {
  /** The row's number in the form, so a message lands next to the right field. */
  index: number;
  title: string;
  owner: string;
  minutes: string;
  url: string;
}

/** The agenda rows of a flat form (`agendaTitle_0`, `agendaOwner_0`…), in form order, without wholly empty rows. */
export function agendaRows(raw: Record<string, unknown>): AgendaRow[] {
  const rows = new Map<number, AgendaRow>();
  for (const [key, value] of Object.entries(raw)) {
    const m = AGENDA_FIELD.exec(key);
    if (!m || typeof value !== "string" || Number(m[2]) >= MAX_AGENDA) continue;
    const index = Number(m[2]);
    const row = rows.get(index) ?? { index, title: "", owner: "", minutes: "", url: "" };
    const field = { Title: "title", Owner: "owner", Minutes: "minutes", Url: "url" }[m[1]] as
      "title" | "owner" | "minutes" | "url";
    row[field] = value.trim();
    rows.set(index, row);
  }
  return [...rows.values()].filter((r) => r.title || r.owner || r.minutes || r.url).sort((a, b) => a.index - b.index);
}

/** An attachment link: https only (a link in an invitation must not lead to an insecure or script address). */
export function isHttpsUrl(v: string): boolean {
  if (v.length > 500 || /\s/.test(v)) return false;
  try {
    const u = new URL(v);
    return u.protocol === "https:" && u.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Each agenda row's problems, keyed by its form field. */
export function agendaErrors(rows: readonly AgendaRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const r of rows) {
    if (!r.title) errors[`agendaTitle_${r.index}`] = "meetings.errors.agendaTitle";
    else if ([...r.title].length > 200) errors[`agendaTitle_${r.index}`] = "meetings.errors.tooLong";
    if (r.owner && !UUID.test(r.owner)) errors[`agendaOwner_${r.index}`] = "meetings.errors.owner";
    if (r.minutes && !(/^\d{1,3}$/.test(r.minutes) && Number(r.minutes) >= 1 && Number(r.minutes) <= 480))
      errors[`agendaMinutes_${r.index}`] = "meetings.errors.minutes";
    if (r.url && !isHttpsUrl(r.url)) errors[`agendaUrl_${r.index}`] = "meetings.errors.url";
  }
  return errors;
}

const fields = z
  .object({
    title: required(200),
    date: z.string().trim().min(1, "required").refine(isRealDate, "meetings.errors.date"),
    startTime: z
      .string()
      .trim()
      .refine((v) => minutesOfDay(v) !== null, "meetings.errors.time"),
    endTime: z
      .string()
      .trim()
      .refine((v) => minutesOfDay(v) !== null, "meetings.errors.time"),
    venue: required(200),
  })
  // The agenda rows; anything else extra is dropped by the transform.
  .catchall(z.string());

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** Checks across fields and the agenda; they run even when single fields failed, so every message shows at once. */
function crossCheck(raw: Raw, ctx: z.RefinementCtx) {
  const [start, end] = [minutesOfDay(str(raw.startTime)), minutesOfDay(str(raw.endTime))];
  if (start !== null && end !== null && end <= start)
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "meetings.errors.endBeforeStart" });
  for (const [path, message] of Object.entries(agendaErrors(agendaRows(raw))))
    ctx.addIssue({ code: "custom", path: [path], message });
  for (const [key, value] of Object.entries(raw)) {
    if (AGENDA_FIELD.test(key) && typeof value === "string" && !hasNoNul(value))
      ctx.addIssue({ code: "custom", path: [key], message: "invalid" });
  }
}

function toInput(v: z.infer<typeof fields>) {
  return {
    title: v.title,
    startsAt: osloInstant(v.date, v.startTime) as Date,
    endsAt: osloInstant(v.date, v.endTime) as Date,
    venue: v.venue,
    agenda: agendaRows(v).map((r) => ({
      title: r.title,
      ownerId: r.owner || null,
      minutes: r.minutes ? Number(r.minutes) : null,
      attachmentUrl: r.url || null,
    })),
  };
}

export type MeetingInput = ReturnType<typeof toInput>;

/** The meeting form: flat FormData fields (with numbered agenda rows) in, a meeting and its agenda out. */
export const meetingFormSchema = fields
  .superRefine((v, ctx) => crossCheck(v as Raw, ctx), { when: () => true })
  .transform(toInput);

export const editMeetingSchema = fields
  .extend({ id, version })
  .superRefine((v, ctx) => crossCheck(v as Raw, ctx), { when: () => true })
  .transform((v) => ({ ...toInput(v), id: v.id, version: v.version }));

export const meetingStatusSchema = z.object({ id, version, status: z.enum(["held", "cancelled"], "invalid") });

/** Sending again must be confirmed: `again` is "yes" only from the confirmation step. */
export const invitationSchema = z.object({
  id,
  version,
  again: z
    .string()
    .optional()
    .transform((v) => v === "yes"),
});

export const minutesSchema = z
  .object({ id, version, minutes: text(20_000), intent: z.enum(["draft", "approve"], "invalid") })
  .refine((v) => v.intent === "draft" || v.minutes.length > 0, {
    path: ["minutes"],
    message: "meetings.errors.minutesEmpty",
  });

export const reopenMinutesSchema = z.object({ id, version });

export const decisionSchema = z.object({
  meetingId: id,
  decisionId: z
    .union([z.literal(""), id])
    .optional()
    .transform((v) => v || null),
  text: required(2000),
});

export const removeDecisionSchema = z.object({ meetingId: id, decisionId: id });

/** One checkbox per representative (`present_<id>`); FormData keeps only the last value of a repeated name. */
export const presentField = (representativeId: string) => `present_${representativeId}`;
const PRESENT = /^present_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const attendanceSchema = z
  .object({ meetingId: id })
  .catchall(z.string())
  .transform((v) => ({
    meetingId: v.meetingId,
    presentIds: [
      ...new Set(Object.entries(v).flatMap(([k, value]) => (value === "on" ? (PRESENT.exec(k)?.[1] ?? []) : []))),
    ],
  }));

export const representativeSchema = z.object({
  name: required(120),
  email: emailSchema,
  title: text(120)
    .optional()
    .transform((v) => v || null),
  organizationId: z.string().regex(UUID, "council.errors.organization"),
  userId: z
    .union([z.literal(""), z.string().regex(UUID, "council.errors.user")])
    .optional()
    .transform((v) => v || null),
});
export type RepresentativeInput = z.infer<typeof representativeSchema>;

export const representativeActiveSchema = z.object({
  representativeId: id,
  active: z.enum(["yes", "no"], "invalid").transform((v) => v === "yes"),
});

/** The council switcher: which of the caller's councils to work in. */
export const switchCouncilSchema = z.object({ councilId: id });
