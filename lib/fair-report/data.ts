import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { fairCandidates, fairInterviews, fairLeads, fairStands, placements } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { maySeeFairReport } from "./access";
import { aggregate, shownTo, type Section } from "./rules";

/**
 * The figures of one career fair, for its organizer and co-hosts: counts only, never a person.
 * Co-hosts get them with small numbers suppressed (`suppressed`); the organizer's staff exact.
 */
export async function fairReport(
  ctx: Ctx,
  eventId: string,
): Promise<{ event: Awaited<ReturnType<typeof loadEvent>>["event"]; sections: Section[]; suppressed: boolean }> {
  const { event, access } = await loadEvent(ctx, eventId, maySeeFairReport);
  const db = await getDb();
  const candidates = await db
    .select({
      status: fairCandidates.status,
      walkIn: fairCandidates.walkIn,
      checkedIn: sql<boolean>`${fairCandidates.checkedInAt} is not null`,
      noShow: fairCandidates.noShow,
      educationLevel: fairCandidates.educationLevel,
      countryOfOrigin: fairCandidates.countryOfOrigin,
      countryConsent: fairCandidates.countryConsent,
    })
    .from(fairCandidates)
    .where(eq(fairCandidates.eventId, event.id));
  const stands = await db
    .select({ status: fairStands.status, representatives: fairStands.representatives })
    .from(fairStands)
    .where(eq(fairStands.eventId, event.id));
  const interviews = await db
    .select({
      standRegistered: sql<boolean>`${fairStands.status} = 'registered'`,
      candidateStatus: fairCandidates.status,
      candidateCheckedIn: sql<boolean>`${fairCandidates.checkedInAt} is not null`,
    })
    .from(fairInterviews)
    .innerJoin(fairStands, eq(fairStands.id, fairInterviews.standId))
    .innerJoin(fairCandidates, eq(fairCandidates.id, fairInterviews.candidateId))
    .where(eq(fairInterviews.eventId, event.id));
  const leads = await db
    .select({ kind: fairLeads.kind, placementId: fairLeads.placementId, placementOutcome: placements.outcome })
    .from(fairLeads)
    .leftJoin(placements, eq(placements.id, fairLeads.placementId))
    .where(eq(fairLeads.eventId, event.id));
  const exact = access === "organizer";
  return { event, sections: shownTo(aggregate({ candidates, stands, interviews, leads }), exact), suppressed: !exact };
}
