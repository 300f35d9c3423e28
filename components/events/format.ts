import type { Locale } from "@/lib/i18n/locale";

/** "14:30" in Oslo time, in both languages. */
export function formatTime(d: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nb" ? "nb-NO" : "en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Oslo" }).format(d);
}
