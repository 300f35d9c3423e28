// Words for the report's figures, shared by the page and the CSV file.
import type { Locale } from "@/lib/i18n/locale";
import { shownText } from "@/lib/statistics/suppression";
import type { Figure, Section } from "./rules";
import { numberFormat } from "@/lib/i18n/format";

type T = (key: string) => string;

/** Education levels and lead kinds reuse their areas' words; the rest live under fairReport.figures. */
export function figureLabel(t: T, f: Figure): string {
  if (f.label !== undefined) return f.label;
  if (f.key.startsWith("education.")) return t(`participants.${f.key}`);
  if (f.key.startsWith("leadKind.")) return t(`leads.kinds.${f.key.slice("leadKind.".length)}`);
  return t(`fairReport.figures.${f.key}`);
}

export function sectionLabel(t: T, s: Section): string {
  return t(`fairReport.sections.${s.id}`);
}

/**
 * The value as the reader may see it: the number, "< 5" or "–" (lib/statistics). Counts are
 * grouped by thousands on the page (`grouped`) and plain in the CSV file, so spreadsheets read them.
 */
export function figureValue(f: Figure, locale: Locale, grouped = false): string {
  const format = f.share
    ? (n: number) => numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(n)
    : grouped
      ? (n: number) => numberFormat(locale).format(n)
      : String;
  return shownText(f.shown ?? { value: f.value, suppressed: false }, format);
}
