import type { EventInScope } from "@/lib/events/data";
import { osloDate, osloDateAndTime } from "@/lib/time/oslo";
import { closesDateOf } from "@/lib/events/rules";
import { cohostField } from "@/lib/events/schemas";

/** A stored event as the flat string values the event form uses (Oslo dates and times). */
export function eventToFormValues({ event: e, cohosts }: EventInScope): Record<string, string> {
  const start = osloDateAndTime(e.startsAt);
  const v: Record<string, string> = {
    id: e.id,
    version: String(e.version),
    kind: e.kind,
    title: e.title,
    description: e.description,
    date: start.date,
    startTime: start.time,
    endTime: osloDateAndTime(e.endsAt).time,
    venue: e.venue,
    capacity: e.capacity?.toString() ?? "",
    standCapacity: e.standCapacity?.toString() ?? "",
    registrationOpens: e.registrationOpensAt ? osloDate(e.registrationOpensAt) : "",
    registrationCloses: e.registrationClosesAt ? closesDateOf(e.registrationClosesAt) : "",
    minEducation: e.minEducation ?? "",
    interviewStart: e.interviewStartsAt ? osloDateAndTime(e.interviewStartsAt).time : "",
    interviewMinutes: e.interviewMinutes?.toString() ?? "",
    interviewRounds: e.interviewRounds?.toString() ?? "",
  };
  for (const c of cohosts) v[cohostField(c.id)] = "on";
  return v;
}
