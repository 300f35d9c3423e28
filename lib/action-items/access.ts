// Who may do what with a council's action items. Pure; lib/action-items/data/ loads the council
// and the item and asks this. Built on the council's own rule (lib/council/access.ts).
import { mayRunMeetings, mayUpdateOwn, type CouncilRole } from "@/lib/council/access";

/** The secretariat records action items (as it runs the meetings they come from). */
export function mayCreateActionItems(role: CouncilRole | null): boolean {
  return mayRunMeetings(role);
}

/** The item's owner organization's people, or the secretariat, change its status. */
export function mayChangeStatus(
  role: CouncilRole | null,
  item: { ownerOrgId: string },
  organizationId: string,
): boolean {
  return mayUpdateOwn(role, item.ownerOrgId, organizationId);
}

/** Any member organization's people comment on any item of their council. */
export function mayComment(role: CouncilRole | null): boolean {
  return role !== null;
}
