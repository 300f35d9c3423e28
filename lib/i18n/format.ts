// Number and date formats per language: "1 500" and "28.11.2026" in bokmål.
import type { Locale } from "./locale";
import { OSLO_TIME_ZONE } from "@/lib/time/oslo";

const tag = (locale: Locale) => (locale === "nb" ? "nb-NO" : "en-GB");

// Making an Intl formatter costs far more than using one (a page of dates made hundreds), so each
// language and set of options gets one, kept for the life of the process.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The shared Intl.NumberFormat for `locale` and `options`. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag(locale), options)));
  return format;
}

/** The shared Intl.DateTimeFormat for `locale` and `options`. */
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(tag(locale), options)));
  return format;
}

export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale).format(n);
}

export function formatDateTime(d: Date, locale: Locale): string {
  return dateTimeFormat(locale, {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: OSLO_TIME_ZONE,
  }).format(d);
}

export function formatDate(d: Date, locale: Locale): string {
  return dateTimeFormat(locale, {
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
  return dateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(withYear && { year: "numeric" }),
    timeZone: OSLO_TIME_ZONE,
  }).format(d);
}

/** A time of day in Oslo, "14:30", whatever the server's zone. */
export function formatTime(d: Date, locale: Locale): string {
  return dateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: OSLO_TIME_ZONE,
  }).format(d);
}
