import type { CouncilMeeting } from "@/db/schema";
import { osloDateAndTime } from "@/lib/time/oslo";
import type { AgendaItem } from "./data/meetings";

/** A stored meeting and agenda as the flat string values the meeting form uses (Oslo dates and times). */
export function meetingToFormValues(m: CouncilMeeting, agenda: readonly AgendaItem[]): Record<string, string> {
  const start = osloDateAndTime(m.startsAt);
  const v: Record<string, string> = {
    id: m.id,
    version: String(m.version),
    title: m.title,
    date: start.date,
    startTime: start.time,
    endTime: osloDateAndTime(m.endsAt).time,
    venue: m.venue,
  };
  agenda.forEach((a, i) => {
    v[`agendaTitle_${i}`] = a.title;
    v[`agendaOwner_${i}`] = a.ownerId ?? "";
    v[`agendaMinutes_${i}`] = a.minutes?.toString() ?? "";
    v[`agendaUrl_${i}`] = a.attachmentUrl ?? "";
  });
  return v;
}
