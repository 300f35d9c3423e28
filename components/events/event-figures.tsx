import { getLocale, getTranslations } from "next-intl/server";
import { Stat, StatList } from "@/components/ui/stat";
import type { EventFigures } from "@/lib/events/data";
import { formatNumber } from "@/lib/i18n/format";

/** The event's key figures for the organizer and co-hosts. */
export async function EventFiguresList({ figures: f, fair }: { figures: EventFigures; fair: boolean }) {
  const t = await getTranslations("events.figures");
  const locale = await getLocale();
  const n = (v: number) => formatNumber(v, locale);
  return (
    <StatList label={t("title")}>
      <Stat label={t("registered")} value={n(f.candidates.registered)} />
      <Stat label={t("waitlisted")} value={n(f.candidates.waitlisted)} />
      <Stat label={t("cancelled")} value={n(f.candidates.cancelled)} />
      <Stat label={t("checkedIn")} value={n(f.candidates.checkedIn)} />
      {fair && <Stat label={t("stands")} value={n(f.stands)} />}
      {fair && <Stat label={t("representatives")} value={n(f.representatives)} />}
      <Stat label={t("invitationsSent")} value={n(f.invitations.sent)} />
      <Stat label={t("invitationsRegistered")} value={n(f.invitations.registered)} />
      <Stat label={t("invitationsDeclined")} value={n(f.invitations.declined)} />
      {fair && <Stat label={t("interviews")} value={n(f.interviews)} />}
    </StatList>
  );
}
