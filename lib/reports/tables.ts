// The reports' tables in words: one source for the page and the CSV file, so they never disagree.
import type { Industry } from "@/db/schema/organizations";
import { formatNumber, numberFormat } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import {
  OUTCOME_COLUMNS,
  type CohortRow,
  type EmployerEngagement,
  type FunnelRow,
  type IndustryRow,
  type InternshipRow,
  type OutcomeTally,
} from "./rules";

export type T = (key: string, values?: Record<string, string | number>) => string;

export interface ReportTable {
  caption: string;
  header: string[];
  /** The first cell of each row names it (a row header on the page). */
  rows: string[][];
}

export function formatShare(share: number | null, locale: Locale): string {
  if (share === null) return "–";
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** Days as a number; quartiles may fall between two whole days. */
export function formatDays(days: number | null, locale: Locale): string {
  if (days === null) return "–";
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(days);
}

export function industryLabel(t: T, industry: Industry | null): string {
  return industry ? t(`employers.industries.${industry}`) : t("reports.unknownIndustry");
}

const n = (value: number, locale: Locale) => formatNumber(value, locale);

export function cohortTables(
  t: T,
  locale: Locale,
  report: { cohorts: CohortRow[]; total: CohortRow | null },
): ReportTable[] {
  const rows = report.total ? [...report.cohorts, report.total] : [];
  const table = (caption: string, pick: (r: CohortRow) => OutcomeTally): ReportTable => ({
    caption,
    header: ["cohort", "participants", "completed", ...OUTCOME_COLUMNS, "share"].map((c) => t(`reports.columns.${c}`)),
    rows: rows.map((r) => [
      r.year === null ? t("reports.allCohorts") : String(r.year),
      n(r.participants, locale),
      n(r.completed, locale),
      ...OUTCOME_COLUMNS.map((c) => n(pick(r).counts[c], locale)),
      formatShare(pick(r).share, locale),
    ]),
  });
  return [
    table(t("reports.cohorts.tableAtEnd"), (r) => r.atEnd),
    table(t("reports.cohorts.tableOneYear"), (r) => r.oneYear),
  ];
}

export function funnelTables(t: T, locale: Locale, report: { year: number; steps: FunnelRow[] }): ReportTable[] {
  return [
    {
      caption: t("reports.funnel.table", { year: report.year }),
      header: ["step", "stepParticipants", "conversion", "fromFair", "fairConversion"].map((c) =>
        t(`reports.columns.${c}`),
      ),
      rows: report.steps.map((s) => [
        t(`reports.funnel.steps.${s.step}`),
        n(s.all, locale),
        formatShare(s.allRate, locale),
        n(s.fromFair, locale),
        formatShare(s.fairRate, locale),
      ]),
    },
  ];
}

export function internshipTables(
  t: T,
  locale: Locale,
  report: { cohorts: InternshipRow[]; total: InternshipRow | null },
): ReportTable[] {
  const rows = report.total ? [...report.cohorts, report.total] : [];
  return [
    {
      caption: t("reports.internships.table"),
      header: ["cohort", "participants", "withInternship", "withoutInternship", "q1", "median", "q3"].map((c) =>
        t(`reports.columns.${c}`),
      ),
      rows: rows.map((r) => [
        r.year === null ? t("reports.allCohorts") : String(r.year),
        n(r.participants, locale),
        n(r.withInternship, locale),
        n(r.withoutInternship, locale),
        formatDays(r.days?.q1 ?? null, locale),
        formatDays(r.days?.median ?? null, locale),
        formatDays(r.days?.q3 ?? null, locale),
      ]),
    },
  ];
}

export function industryTables(
  t: T,
  locale: Locale,
  report: { year: number; industries: IndustryRow[]; total: IndustryRow },
): ReportTable[] {
  const line = (label: string, r: IndustryRow) => [
    label,
    n(r.placements, locale),
    n(r.agreements, locale),
    n(r.hires, locale),
  ];
  return [
    {
      caption: t("reports.industries.table", { year: report.year }),
      header: ["industry", "placements", "agreements", "hires"].map((c) => t(`reports.columns.${c}`)),
      rows: report.industries.length
        ? [
            ...report.industries.map((r) => line(industryLabel(t, r.industry), r)),
            line(t("reports.total"), report.total),
          ]
        : [],
    },
  ];
}

export function employerTables(t: T, locale: Locale, report: EmployerEngagement): ReportTable[] {
  const years = { year: report.year, previous: report.year - 1 };
  const line = (label: string, r: { thisYear: number; newThisYear: number; returning: number; lastYear: number }) => [
    label,
    n(r.thisYear, locale),
    n(r.newThisYear, locale),
    n(r.returning, locale),
    n(r.lastYear, locale),
  ];
  return [
    {
      caption: t("reports.employers.table", years),
      header: [
        t("reports.columns.industry"),
        t("reports.columns.engaged", years),
        t("reports.columns.new", years),
        t("reports.columns.returning", years),
        t("reports.columns.engagedPrevious", years),
      ],
      rows: report.industries.length
        ? [...report.industries.map((r) => line(industryLabel(t, r.industry), r)), line(t("reports.total"), report)]
        : [],
    },
  ];
}

/** One table as it is; several (with the same columns) under one header, each row marked with its table. */
export function csvRows(t: T, tables: ReportTable[]): { header: string[]; rows: string[][] } {
  if (tables.length === 1) return { header: tables[0].header, rows: tables[0].rows };
  return {
    header: [t("reports.section"), ...tables[0].header],
    rows: tables.flatMap((tb) => tb.rows.map((r) => [tb.caption, ...r])),
  };
}
