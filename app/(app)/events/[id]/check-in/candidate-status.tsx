import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { DoorCandidate } from "@/lib/check-in/data";
import { formatTime } from "@/lib/i18n/format";

/** Where a candidate stands at the door, in words (never colour alone). */
export async function CandidateStatus({
  c,
}: {
  c: Pick<DoorCandidate, "status" | "checkedInAt" | "noShow" | "walkIn">;
}) {
  const t = await getTranslations("checkIn.status");
  const locale = await getLocale();
  return (
    <span className="flex flex-wrap gap-2">
      {c.checkedInAt ? (
        <Badge tone="success">{t("checkedInAt", { time: formatTime(c.checkedInAt, locale) })}</Badge>
      ) : c.status === "cancelled" ? (
        <Badge tone="danger">{t("cancelled")}</Badge>
      ) : c.noShow ? (
        <Badge tone="warning">{t("noShow")}</Badge>
      ) : (
        <Badge>{t("notYet")}</Badge>
      )}
      {c.status === "waitlisted" && <Badge tone="info">{t("waitlisted")}</Badge>}
      {c.walkIn && <Badge tone="info">{t("walkIn")}</Badge>}
    </span>
  );
}
