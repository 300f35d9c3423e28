// Number and date formats per language: "1 500" and "28.11.2026" in bokmål.
import type { Locale } from "./locale";
import { OSLO_TIME_ZONE } from "@/lib/time/oslo";

const tag = (locale: Locale) => (locale === "nb" ? "nb-NO" : "en-GB");

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale)).format(n);
}

export function formatDateTime(d: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: OSLO_TIME_ZONE,
  }).format(d);
}

export function formatDate(d: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: OSLO_TIME_ZONE,
  }).format(d);
}

/**
 * A day with its weekday, "man. 7. des." in bokmål and "Mon 7 Dec" in English: for lists people
 * plan a week from. The year is added when asked, e.g. for a date outside the current year.
 */
export function formatWeekdayDate(d: Date, locale: Locale, withYear = false): string {
  return new Intl.DateTimeFormat(tag(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(withYear && { year: "numeric" }),
    timeZone: OSLO_TIME_ZONE,
  }).format(d);
}

/** A time of day in Oslo, "14:30", whatever the server's zone. */
export function formatTime(d: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: OSLO_TIME_ZONE,
  }).format(d);
}
