// The meeting invitation as a calendar file (.ics): pure, so it is unit-tested and shared by the
// invitation email and the signed-in download. Times are written in UTC; calendars show local time.
import { createEvent } from "ics";

export interface MeetingCalendar {
  /** Stable per meeting, so a second invitation updates the entry instead of adding one. */
  uid: string;
  title: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  url?: string;
  /** The organization sending it (shown as the organizer's name; no address, replies go by email). */
  organizer?: string;
}

export function meetingCalendarFile(m: MeetingCalendar): string {
  const { error, value } = createEvent({
    uid: m.uid,
    title: m.title,
    description: m.description,
    location: m.location,
    url: m.url,
    start: m.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: m.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    productId: "lagspill/council",
    method: "PUBLISH",
    status: "CONFIRMED",
    busyStatus: "BUSY",
  });
  if (error || !value) throw error ?? new Error("calendar file failed");
  return value;
}

/** The agenda as plain lines ("1. Title (Org, 20 min)"), for the calendar entry and the email's text part. */
export function agendaLines(
  items: readonly { title: string; ownerName: string | null; minutes: number | null }[],
  minutesWord: string,
): string[] {
  return items.map((i, n) => {
    const extra = [i.ownerName, i.minutes ? `${i.minutes} ${minutesWord}` : null].filter(Boolean).join(", ");
    return `${n + 1}. ${i.title}${extra ? ` (${extra})` : ""}`;
  });
}
