import type { Locale } from "@/lib/i18n/locale";

/** The time of day at the door, in Oslo: "10:14". */
export function formatTime(d: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nb" ? "nb-NO" : "en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo" }).format(d);
}
