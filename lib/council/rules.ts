// Pure rules of council meetings: which status moves exist and what may still be changed.
// No db, no clock: `now` is a parameter.
import type { CouncilMeeting } from "@/db/schema/council";

type MeetingFacts = Pick<CouncilMeeting, "status" | "startsAt" | "minutesStatus">;

/** A planned meeting is marked held once it has started, and can be cancelled until then. */
export function meetingStatusTargets(m: MeetingFacts, now: Date): ("held" | "cancelled")[] {
  if (m.status !== "planned") return [];
  return now.getTime() >= m.startsAt.getTime() ? ["held", "cancelled"] : ["cancelled"];
}

/** Approved minutes are the council's record: minutes, decisions and attendance are read-only until reopened. */
export function recordLocked(m: Pick<CouncilMeeting, "minutesStatus">): boolean {
  return m.minutesStatus === "approved";
}

/** The meeting can still be edited and invited to: not cancelled, not yet held. */
export function isOpenForPlanning(m: Pick<CouncilMeeting, "status">): boolean {
  return m.status === "planned";
}

/** Who sees the minutes text: everyone once approved, only the secretariat before. */
export function minutesVisible(m: Pick<CouncilMeeting, "minutesStatus">, runsMeetings: boolean): boolean {
  return m.minutesStatus === "approved" || (runsMeetings && m.minutesStatus === "draft");
}

/** An open action item is overdue the day after its due date (dates as "YYYY-MM-DD" in Oslo). */
export function isOverdue(item: { status: string; dueOn: string }, today: string): boolean {
  return (item.status === "open" || item.status === "in_progress") && item.dueOn < today;
}
