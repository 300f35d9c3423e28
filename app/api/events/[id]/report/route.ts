import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { withAuth } from "@/lib/auth/route";
import { toCsv } from "@/lib/csv/write";
import { fairReport } from "@/lib/fair-report/data";
import { figureLabel, figureValue, sectionLabel } from "@/lib/fair-report/labels";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** GET: the fair report as CSV, one row per figure, in the reader's language (organizer and co-hosts). */
export const GET = withAuth(
  async (req, ctx, { params }) => {
    const { id } = (await params) as { id: string };
    const { sections } = await fairReport(ctx, id);
    const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, req.headers.get("accept-language"));
    const t = await getTranslations({ locale });
    const rows = sections.flatMap((s) =>
      s.figures.map((f): [string, string, string] => [sectionLabel(t, s), figureLabel(t, f), figureValue(f, locale)]),
    );
    const csv = toCsv([t("fairReport.csv.section"), t("fairReport.csv.figure"), t("fairReport.csv.value")], rows);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${t("fairReport.csv.fileName")}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { permission: "events.read" },
);
