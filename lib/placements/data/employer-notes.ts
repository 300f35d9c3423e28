// The employer's own words on a placement, read back to them. Kept apart from the history
// (access.ts visibleHistory), which hides every note from the employer.
import "server-only";
import { and, eq, exists, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { memberships, placementEvents } from "@/db/schema";
import { ownInterviewNote } from "../employer-view";

/** The note the employer wrote with their latest interview time; never a note by municipality staff. */
export async function employerInterviewNote(tx: Tx, placementId: string, employerId: string): Promise<string | null> {
  const byEmployer = sql<boolean>`${exists(
    tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, placementEvents.byUserId), eq(memberships.organizationId, employerId))),
  )}`.mapWith(Boolean);
  const rows = await tx
    .select({ toStage: placementEvents.toStage, note: placementEvents.note, at: placementEvents.at, byEmployer })
    .from(placementEvents)
    .where(and(eq(placementEvents.placementId, placementId), eq(placementEvents.toStage, "interview")));
  return ownInterviewNote(rows);
}
