import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { NotFoundError } from "@/lib/auth/errors";
import { withAuth } from "@/lib/auth/route";
import { councilDashboard } from "@/lib/dashboard/data";
import { toCsv } from "@/lib/csv/write";
import { csvRows, quarterLabel } from "@/lib/dashboard/rules";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** GET: the council dashboard's figures as CSV (level; activity; quarter; value), "< 5" where suppressed. */
export const GET = withAuth(
  async (req, ctx) => {
    const dashboard = await councilDashboard(ctx);
    if (!dashboard) throw new NotFoundError("council");
    const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
    const t = await getTranslations({ locale, namespace: "dashboard" });
    const rows = csvRows(dashboard.levels, dashboard.quarters, {
      level: (l) => t(`levels.${l}`),
      activity: (a) => t(`activities.${a}`),
      quarter: (q) => quarterLabel(q, locale),
    });
    const csv = toCsv([t("csv.level"), t("csv.activity"), t("csv.quarter"), t("csv.value")], rows);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${t("csv.fileName")}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { permission: "council.read" },
);
