// Pure rules for background jobs: which period a run covers, in Oslo time. No db, no next/*.

export type JobName = "retention" | "weekly-digest" | "council-reminders";

interface OsloParts {
  year: number;
  month: number;
  day: number;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
  hour: number;
}

const osloFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  weekday: "short",
  hour: "2-digit",
  hourCycle: "h23",
});
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The wall-clock date and hour in Oslo, whatever the server's own time zone is. */
export function osloParts(now: Date): OsloParts {
  const parts = Object.fromEntries(osloFormat.formatToParts(now).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday) + 1,
    hour: Number(parts.hour),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2026-11-28": the Oslo day a daily job's run covers. */
export function dayKey(now: Date): string {
  const { year, month, day } = osloParts(now);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-W48": the ISO-8601 week (Monday first; week 1 holds the year's first Thursday) of the Oslo date. */
export function isoWeekKey(now: Date): string {
  const { year, month, day, weekday } = osloParts(now);
  // The Thursday of this week decides the week's year.
  const thursday = new Date(Date.UTC(year, month - 1, day + 4 - weekday));
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7) + 1;
  return `${weekYear}-W${pad(week)}`;
}

/** The weekly digest goes out from Monday 07:00 Oslo time; later in the week it catches up. */
export const DIGEST_HOUR = 7;

/**
 * The period a job should have run for at `now`, or null when it is not due yet.
 * Retention runs once per Oslo day; the digest once per ISO week, from Monday 07:00.
 */
export function periodFor(job: JobName, now: Date): string | null {
  if (job === "retention") return dayKey(now);
  const { weekday, hour } = osloParts(now);
  if (weekday === 1 && hour < DIGEST_HOUR) return null;
  return isoWeekKey(now);
}
