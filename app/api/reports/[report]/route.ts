import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { NotFoundError } from "@/lib/auth/errors";
import { withAuth } from "@/lib/auth/route";
import { toCsv } from "@/lib/csv/write";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { reportTables } from "@/lib/reports/load";
import { currentYear, isReport, parseYear } from "@/lib/reports/rules";
import { csvRows } from "@/lib/reports/tables";

export const dynamic = "force-dynamic";

/** GET: one of the municipality's reports as CSV, in the reader's language; `?year=` as on the page. */
export const GET = withAuth(
  async (req, ctx, { params }) => {
    const { report } = (await params) as { report: string };
    if (!isReport(report)) throw new NotFoundError("report");
    const now = new Date();
    const year = parseYear(new URL(req.url).searchParams.get("year"), currentYear(now));
    const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
    const t = await getTranslations({ locale });
    const tables = await reportTables(ctx, report, { year, now, t, locale });
    const { header, rows } = csvRows(t, tables);
    const name = `${t(`reports.${report}.fileName`)}${report === "cohorts" || report === "internships" ? "" : `-${year}`}`;
    return new Response(toCsv(header, rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { permission: "reports.municipality" },
);
