import { getLocale, getTranslations } from "next-intl/server";
import { Stat, StatList } from "@/components/ui/stat";
import type { Ctx } from "@/lib/auth/session";
import { EDUCATION_LEVELS } from "@/lib/fair-candidates/rules";
import { candidateFigures } from "@/lib/fair-candidates/data/staff";
import { formatNumber } from "@/lib/i18n/format";

/** Counts only, no names: what co-hosts see, and the organizer's summary. */
export async function Figures({ ctx, eventId }: { ctx: Ctx; eventId: string }) {
  const t = await getTranslations("fairCandidates.figures");
  const tp = await getTranslations("publicFair.education");
  const locale = await getLocale();
  const f = await candidateFigures(ctx, eventId);
  const n = (v: number) => formatNumber(v, locale);
  const levels = EDUCATION_LEVELS.filter((l) => f.education[l]);
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
            <Stat key={l} label={tp(l)} value={n(f.education[l])} />
          ))}
        </StatList>
      )}
    </>
  );
}
