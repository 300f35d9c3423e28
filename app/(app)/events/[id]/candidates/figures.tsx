import { getLocale, getTranslations } from "next-intl/server";
import { Stat, StatList } from "@/components/ui/stat";
import type { Ctx } from "@/lib/auth/session";
import { EDUCATION_LEVELS } from "@/lib/fair-candidates/rules";
import { candidateFigures } from "@/lib/fair-candidates/data/staff";
import { formatNumber } from "@/lib/i18n/format";
import { shownText, type Shown, type Withheld } from "@/lib/statistics/suppression";

/** Counts only, no names: what co-hosts see ("< 5" for 1–4 people), and the organizer's summary (exact). */
export async function Figures({ ctx, eventId }: { ctx: Ctx; eventId: string }) {
  const t = await getTranslations("fairCandidates.figures");
  const tp = await getTranslations("publicFair.education");
  const tr = await getTranslations("fairReport");
  const locale = await getLocale();
  const f = await candidateFigures(ctx, eventId);
  const n = (v: Shown | Withheld) => shownText(v, (x) => formatNumber(x, locale));
  const levels = EDUCATION_LEVELS.filter((l) => f.education[l]);
  const suppressed = [...Object.values(f.status), ...Object.values(f.education)].some((s) => s?.suppressed);
  return (
    <>
      <StatList label={t("byStatus")}>
        <Stat label={t("registered")} value={n(f.status.registered)} />
        <Stat label={t("waitlisted")} value={n(f.status.waitlisted)} />
        <Stat label={t("cancelled")} value={n(f.status.cancelled)} />
      </StatList>
      {levels.length > 0 && (
        <StatList label={t("byEducation")}>
          {levels.map((l) => (
            <Stat key={l} label={tp(l)} value={n(f.education[l]!)} />
          ))}
        </StatList>
      )}
      {suppressed && <p className="mb-8 max-w-prose text-muted">{tr("suppressionNote")}</p>}
    </>
  );
}
