// Words for the report's figures, shared by the page and the CSV file.
import type { Locale } from "@/lib/i18n/locale";
import type { Figure, Section } from "./rules";

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

export function figureValue(f: Figure, locale: Locale): string {
  const tag = locale === "nb" ? "nb-NO" : "en-GB";
  return f.share
    ? new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }).format(f.value)
    : String(f.value);
}
