// Pure rules for council action items: when an item is overdue or soon due, which status
// changes are allowed, and whom the weekly reminder goes to. Dates are Oslo "YYYY-MM-DD".
import type { ActionStatus } from "@/db/schema/council";

export const ACTION_STATUSES: readonly ActionStatus[] = ["open", "in_progress", "done", "dropped"];
/** Items still to be done; only these can be overdue or reminded of. */
export const ACTIVE_STATUSES: readonly ActionStatus[] = ["open", "in_progress"];
/** "Soon due" in the reminder: due within this many days from today. */
export const SOON_DAYS = 7;

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export const isActive = (status: ActionStatus) => ACTIVE_STATUSES.includes(status);

/** Due before today and not done or dropped. An item due today is not overdue yet. */
export function isOverdue(item: { dueOn: string; status: ActionStatus }, today: string): boolean {
  return isActive(item.status) && item.dueOn < today;
}

/** Due from today up to SOON_DAYS ahead and not done or dropped. */
export function isSoonDue(item: { dueOn: string; status: ActionStatus }, today: string): boolean {
  return isActive(item.status) && item.dueOn >= today && item.dueOn <= addDays(today, SOON_DAYS);
}

/** The statuses an item can move to: any other one (done and dropped items can be reopened). */
export function nextStatuses(status: ActionStatus): ActionStatus[] {
  if (status === "done" || status === "dropped") return ["open"];
  return ACTION_STATUSES.filter((s) => s !== status);
}

/** The new status and when it was done: `done_at` is set when done and cleared otherwise. */
export function applyStatus(
  from: ActionStatus,
  to: ActionStatus,
  now: Date,
): { status: ActionStatus; doneAt: Date | null } | null {
  if (!nextStatuses(from).includes(to)) return null;
  return { status: to, doneAt: to === "done" ? now : null };
}

export interface ReminderItem {
  id: string;
  title: string;
  ownerOrgId: string;
  dueOn: string;
  status: ActionStatus;
}

export interface OrgReminder<T extends ReminderItem = ReminderItem> {
  ownerOrgId: string;
  overdue: T[];
  soon: T[];
}

/**
 * Per owner organization, its overdue and soon-due items, for the organizations that have at
 * least one overdue item (soon-due items alone do not trigger a reminder). Sorted by due date.
 */
export function chooseReminders<T extends ReminderItem>(items: readonly T[], today: string): OrgReminder<T>[] {
  const byOrg = new Map<string, OrgReminder<T>>();
  const sorted = [...items].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title));
  for (const item of sorted) {
    const overdue = isOverdue(item, today);
    if (!overdue && !isSoonDue(item, today)) continue;
    const entry = byOrg.get(item.ownerOrgId) ?? { ownerOrgId: item.ownerOrgId, overdue: [], soon: [] };
    (overdue ? entry.overdue : entry.soon).push(item);
    byOrg.set(item.ownerOrgId, entry);
  }
  return [...byOrg.values()]
    .filter((r) => r.overdue.length > 0)
    .sort((a, b) => a.ownerOrgId.localeCompare(b.ownerOrgId));
}
