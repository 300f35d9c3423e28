// Pure follow-up rules: the IPS follow-along cadence, due states, the timeline order and
// the weekly digest text. No database, no next/*; dates are "YYYY-MM-DD" strings.
import { escapeHtml } from "@/lib/email/rules";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { addMonths } from "@/lib/participants/rules";

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface CadenceStep {
  dueOn: string;
  /** Key under followUps.cadence: the title is translated when shown, not stored in one language. */
  titleKey: string;
}

/** IPS follows a new job for about six months, then the ordinary caseload routine takes over. */
export const CADENCE_MONTHS = 6;

/**
 * The IPS follow-along cadence for a job or internship: one contact a few days before it
 * starts, one within three days after, weekly in the first month, then monthly until it
 * ends or six months have passed. Steps after the end date are left out, except the first
 * contact after start: a short job that has already ended still gets one follow-up.
 */
export function cadenceFor(startsOn: string, endsOn: string | null): CadenceStep[] {
  const sixMonths = addMonths(startsOn, CADENCE_MONTHS);
  const last = endsOn && endsOn < sixMonths ? endsOn : sixMonths;
  const steps: CadenceStep[] = [
    { dueOn: addDays(startsOn, -3), titleKey: "beforeStart" },
    { dueOn: addDays(startsOn, 3), titleKey: "afterStart" },
  ];
  for (let week = 1; week <= 4; week++) {
    const dueOn = addDays(startsOn, 7 * week);
    if (dueOn <= last) steps.push({ dueOn, titleKey: `week${week}` });
  }
  // Month 1 falls on the week-4 contact, so the monthly steps start with month 2.
  for (let month = 2; month <= CADENCE_MONTHS; month++) {
    const dueOn = addMonths(startsOn, month);
    if (dueOn <= last) steps.push({ dueOn, titleKey: `month${month}` });
  }
  return steps;
}

/**
 * The steps still ahead when the start is registered: a job registered after the fact
 * should not fill the due list with contacts that can no longer happen.
 */
export function upcomingCadence(startsOn: string, endsOn: string | null, today: string): CadenceStep[] {
  return cadenceFor(startsOn, endsOn).filter((s) => s.dueOn >= today);
}

/**
 * The contact channels where "did you meet face to face?" is a real question: a meeting may be
 * with or without the participant there. A call, video, email or message never is face to face.
 */
export const FACE_TO_FACE_CHANNELS: readonly string[] = ["in_person"];

export function asksFaceToFace(channel: unknown): boolean {
  return typeof channel === "string" && FACE_TO_FACE_CHANNELS.includes(channel);
}

export type DueState = "overdue" | "today" | "upcoming";

export function dueState(dueOn: string, today: string): DueState {
  return dueOn < today ? "overdue" : dueOn === today ? "today" : "upcoming";
}

/** Monday to Sunday of the week a date falls in ("YYYY-MM-DD"; the Oslo date is the caller's). */
export function weekOf(date: string): { from: string; to: string } {
  const [y, m, d] = date.split("-").map(Number);
  // getUTCDay: Sunday 0 … Saturday 6; a Norwegian week starts on Monday.
  const sinceMonday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  const from = addDays(date, -sinceMonday);
  return { from, to: addDays(from, 6) };
}

/** How far ahead the default view looks: two weeks covers the weekly cadence and the next planning. */
export const SOON_DAYS = 14;

export const DUE_RANGES = ["overdue", "week", "soon", "all"] as const;
export type DueRange = (typeof DUE_RANGES)[number];

/**
 * The due dates a range of the due list covers, both ends included (null: no bound).
 * "overdue" is what the home page counts: due today or earlier. "week" is this week,
 * Monday to Sunday, including what is not due yet, so a consultant can plan it.
 */
export function dueRangeBounds(range: DueRange, today: string): { from: string | null; until: string | null } {
  switch (range) {
    case "overdue":
      return { from: null, until: today };
    case "week": {
      const week = weekOf(today);
      return { from: week.from, until: week.to };
    }
    case "soon":
      return { from: null, until: addDays(today, SOON_DAYS) };
    case "all":
      return { from: null, until: null };
  }
}

const stateRank: Record<DueState, number> = { overdue: 0, today: 1, upcoming: 2 };

/** Overdue first (oldest first), then due today, then upcoming (soonest first). */
export function sortDue<T extends { dueOn: string; id: string }>(items: T[], today: string): T[] {
  return [...items].sort(
    (a, b) =>
      stateRank[dueState(a.dueOn, today)] - stateRank[dueState(b.dueOn, today)] ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.id.localeCompare(b.id),
  );
}

/** Timeline events: the day they happened, and the moment they were recorded to order one day's events. */
export function sortTimeline<T extends { on: string; at: Date }>(events: T[]): T[] {
  return [...events].sort((a, b) => b.on.localeCompare(a.on) || b.at.getTime() - a.at.getTime());
}

// ── Weekly digest ─────────────────────────────────────────────────────────────

/** The digest covers what is overdue and what falls due in the coming week. */
export const DIGEST_DAYS = 7;

export interface DigestCounts {
  overdue: number;
  today: number;
  upcoming: number;
  oldestOverdue: string | null;
}

export function digestCounts(dueDates: string[], today: string): DigestCounts {
  const horizon = addDays(today, DIGEST_DAYS);
  const counts: DigestCounts = { overdue: 0, today: 0, upcoming: 0, oldestOverdue: null };
  for (const dueOn of dueDates) {
    if (dueOn > horizon) continue;
    const state = dueState(dueOn, today);
    counts[state]++;
    if (state === "overdue" && (counts.oldestOverdue === null || dueOn < counts.oldestOverdue))
      counts.oldestOverdue = dueOn;
  }
  return counts;
}

type DigestTexts = (typeof messages)["nb"]["followUps"]["digest"];

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

/**
 * The weekly digest email. It gives counts and a link, never participant names or the
 * text of next actions: email leaves the municipality's systems, the app does not.
 */
export function buildDigest(
  dueDates: string[],
  today: string,
  locale: Locale,
  opts: { recipientName: string; municipality: string; appUrl: string },
): { subject: string; text: string; html: string } {
  const c = digestCounts(dueDates, today);
  const t: DigestTexts = messages[locale].followUps.digest;
  const date = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), locale);
  const total = c.overdue + c.today + c.upcoming;
  const lines = [
    fill(t.greeting, { name: opts.recipientName }),
    fill(t.why, { municipality: opts.municipality }),
    fill(t.summary, { total }),
  ];
  const counts = [
    c.overdue > 0 ? fill(t.overdue, { count: c.overdue, date: date(c.oldestOverdue!) }) : null,
    c.today > 0 ? fill(t.today, { count: c.today }) : null,
    c.upcoming > 0 ? fill(t.upcoming, { count: c.upcoming }) : null,
  ].filter((l): l is string => l !== null);
  const href = `${opts.appUrl.replace(/\/+$/, "")}/follow-ups`;
  const subject = fill(c.overdue > 0 ? t.subjectOverdue : t.subject, { total, overdue: c.overdue });
  const text = `${lines.join("\n")}\n\n${counts.map((l) => `- ${l}`).join("\n")}\n\n${t.link}: ${href}\n\n${t.footer}\n`;
  const html =
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">` +
    lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("") +
    `<ul>${counts.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` +
    `<p><a href="${escapeHtml(href)}" style="display:inline-block;padding:10px 16px;background:#0b4f8a;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(t.link)}</a></p>` +
    `<p style="color:#555">${escapeHtml(t.footer)}</p></body></html>`;
  return { subject, text, html };
}
