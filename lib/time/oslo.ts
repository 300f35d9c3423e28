// Oslo wall-clock time, whatever the server's own zone: Norwegian users name days, hours and
// quarters in Oslo time. Pure; every domain reads the clock through this one module.

export const OSLO_TIME_ZONE = "Europe/Oslo";

// Built once: constructing an Intl.DateTimeFormat is far slower than using one.
const calendarFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: OSLO_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
});
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export interface OsloWallClock {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
  hour: number;
  minute: number;
}

/** The date, weekday and time an Oslo clock shows at an instant, as numbers. */
export function osloWallClock(at: Date): OsloWallClock {
  const p = Object.fromEntries(calendarFormat.formatToParts(at).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    weekday: WEEKDAYS.indexOf(p.weekday) + 1,
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-11-28": the Oslo date of an instant, what a Norwegian user calls that day. */
export function osloDate(at: Date): string {
  const c = osloWallClock(at);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** { date: "2026-11-28", time: "09:30" }: the Oslo date and time of an instant, as form fields show them. */
export function osloDateAndTime(at: Date): { date: string; time: string } {
  const c = osloWallClock(at);
  return { date: `${c.year}-${pad(c.month)}-${pad(c.day)}`, time: `${pad(c.hour)}:${pad(c.minute)}` };
}

/** How far Oslo's clock is ahead of UTC at an instant, in milliseconds (CET +1 h, CEST +2 h). */
function osloOffsetMs(at: Date): number {
  const c = osloWallClock(at);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) - Math.floor(at.getTime() / 60_000) * 60_000;
}

/**
 * The instant a datetime-local value ("2026-12-01T10:00") names when read as Oslo wall-clock
 * time, or null when it is not a real date and time. Staff and employers are in Norway; the
 * server may not be.
 */
export function osloLocalToDate(value: string): Date | null {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== d) return null;
  // The offset at that instant; a second pass settles the days the clock changes.
  let guess = asUtc - osloOffsetMs(new Date(asUtc));
  guess = asUtc - osloOffsetMs(new Date(guess));
  return new Date(guess);
}

/** A date ("2026-11-28") and a time ("09:30") as the instant they name in Oslo, or null. */
export function osloInstant(date: string, time: string): Date | null {
  return osloLocalToDate(`${date}T${time}`);
}

/** "2026-W48": the ISO-8601 week (Monday first; week 1 holds the year's first Thursday) of the Oslo date. */
export function osloIsoWeek(at: Date): string {
  const { year, month, day, weekday } = osloWallClock(at);
  // The Thursday of this week decides the week's year.
  const thursday = new Date(Date.UTC(year, month - 1, day + 4 - weekday));
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 / 7) + 1;
  return `${weekYear}-W${pad(week)}`;
}
