import "server-only";
import type { Ctx } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locale";
import { cohortReport, employerReport, funnelReport, industryReport, internshipReport } from "./data";
import type { ReportId } from "./rules";
import {
  cohortTables,
  employerTables,
  funnelTables,
  industryTables,
  internshipTables,
  type ReportTable,
  type T,
} from "./tables";

/** A report's tables by its id, for the CSV file. */
export async function reportTables(
  ctx: Ctx,
  report: ReportId,
  opts: { year: number; now: Date; t: T; locale: Locale },
): Promise<ReportTable[]> {
  const { year, now, t, locale } = opts;
  switch (report) {
    case "cohorts":
      return cohortTables(t, locale, await cohortReport(ctx));
    case "funnel":
      return funnelTables(t, locale, await funnelReport(ctx, year));
    case "internships":
      return internshipTables(t, locale, await internshipReport(ctx, now));
    case "industries":
      return industryTables(t, locale, await industryReport(ctx, year));
    case "employers":
      return employerTables(t, locale, await employerReport(ctx, year));
  }
}
