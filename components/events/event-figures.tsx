import { getLocale, getTranslations } from "next-intl/server";
import { Stat, StatList } from "@/components/ui/stat";
import type { EventFigures } from "@/lib/events/data";
import { formatNumber } from "@/lib/i18n/format";
import { shownText, type Shown } from "@/lib/statistics/suppression";

/** The event's key figures for the organizer and co-hosts. */
export async function EventFiguresList({ figures: f, fair }: { figures: EventFigures; fair: boolean }) {
  const t = await getTranslations("events.figures");
  const tr = await getTranslations("fairReport");
  const locale = await getLocale();
  const n = (v: number) => formatNumber(v, locale);
  // Counts of candidates come suppressed for co-hosts: "< 5" for 1–4 people.
  const p = (v: Shown) => shownText(v, n);
  const suppressed = [...Object.values(f.candidates), f.interviews].some((s) => s.suppressed);
  return (
    <>
      <StatList label={t("title")}>
        <Stat label={t("registered")} value={p(f.candidates.registered)} />
        <Stat label={t("waitlisted")} value={p(f.candidates.waitlisted)} />
        <Stat label={t("cancelled")} value={p(f.candidates.cancelled)} />
        <Stat label={t("checkedIn")} value={p(f.candidates.checkedIn)} />
        {fair && <Stat label={t("stands")} value={n(f.stands)} />}
        {fair && <Stat label={t("representatives")} value={n(f.representatives)} />}
        <Stat label={t("invitationsSent")} value={n(f.invitations.sent)} />
        <Stat label={t("invitationsRegistered")} value={n(f.invitations.registered)} />
        <Stat label={t("invitationsDeclined")} value={n(f.invitations.declined)} />
        {fair && <Stat label={t("interviews")} value={p(f.interviews)} />}
      </StatList>
      {suppressed && <p className="-mt-4 mb-8 max-w-prose text-muted">{tr("suppressionNote")}</p>}
    </>
  );
}
