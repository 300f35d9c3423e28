import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { CouncilMeeting } from "@/db/schema";

const statusTone = { planned: "info", held: "success", cancelled: "neutral" } as const;
const minutesTone = { none: "neutral", draft: "warning", approved: "success" } as const;

/** The meeting's status and, once there are minutes, theirs: always in words. */
export async function MeetingBadges({
  meeting,
  showMinutes = true,
}: {
  meeting: Pick<CouncilMeeting, "status" | "minutesStatus">;
  showMinutes?: boolean;
}) {
  const t = await getTranslations("meetings");
  return (
    <span className="inline-flex flex-wrap gap-2">
      <Badge tone={statusTone[meeting.status]}>{t(`status.${meeting.status}`)}</Badge>
      {showMinutes && meeting.minutesStatus !== "none" && (
        <Badge tone={minutesTone[meeting.minutesStatus]}>{t(`minutesStatus.${meeting.minutesStatus}`)}</Badge>
      )}
    </span>
  );
}
