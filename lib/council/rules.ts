// Pure rules of councils: meeting status moves and what may still be changed, and how an operator sets a council up.
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

// ── Setting up a council (operators, /admin/councils) ──

/** Employers are never council members; deactivated organizations cannot join. */
export function mayJoinCouncil(org: { kind: string; deactivatedAt: Date | null }): boolean {
  return org.kind !== "employer" && org.deactivatedAt === null;
}

export interface CouncilSetup {
  cities: string[];
  memberIds: string[];
  chairId: string;
  secretariatId: string;
}

/**
 * What is wrong with a council's municipalities, members, chair and secretariat, by field (a
 * message key each): at least one municipality among those that exist, at least one member, every
 * member one that may join, and chair and secretariat among the members.
 */
export function councilSetupErrors(
  setup: CouncilSetup,
  known: { municipalities: readonly string[]; joinableIds: ReadonlySet<string> },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (setup.cities.length === 0) errors.cities = "councilAdmin.errors.noCity";
  else if (setup.cities.some((c) => !known.municipalities.includes(c))) errors.cities = "councilAdmin.errors.city";
  if (setup.memberIds.length === 0) errors.members = "councilAdmin.errors.noMembers";
  else if (setup.memberIds.some((id) => !known.joinableIds.has(id))) errors.members = "councilAdmin.errors.member";
  if (!setup.memberIds.includes(setup.chairId)) errors.chairId = "councilAdmin.errors.chairNotMember";
  if (!setup.memberIds.includes(setup.secretariatId)) errors.secretariatId = "councilAdmin.errors.secretariatNotMember";
  return errors;
}

/**
 * `councils.city` and `councils.cities`: the main municipality first. It stays the main one while
 * it is still chosen; otherwise the first chosen by name.
 */
export function councilCities(chosen: readonly string[], previousMain?: string): { city: string; cities: string[] } {
  const sorted = [...new Set(chosen)].sort((a, b) => a.localeCompare(b, "nb"));
  const city = previousMain && sorted.includes(previousMain) ? previousMain : sorted[0];
  return { city, cities: [city, ...sorted.filter((c) => c !== city)] };
}

/** Why a current membership may not end now (a message key), or null: the chair and the secretariat stay. */
export function endMembershipRefusal(
  council: { chairId: string; secretariatId: string },
  member: { organizationId: string; memberUntil: Date | null },
): string | null {
  if (member.memberUntil !== null) return "councilAdmin.errors.alreadyEnded";
  if (member.organizationId === council.chairId) return "councilAdmin.errors.endChair";
  if (member.organizationId === council.secretariatId) return "councilAdmin.errors.endSecretariat";
  return null;
}

/** The council a person works in: the one picked in the switcher while still a member, else the first by name. */
export function chosenCouncil<T extends { id: string }>(
  councils: readonly T[],
  chosenId: string | undefined,
): T | null {
  return councils.find((c) => c.id === chosenId) ?? councils[0] ?? null;
}
