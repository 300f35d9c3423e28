import "server-only";
import { and, asc, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { fairCandidates, fairLeads, fairStands, organizations, type LeadKind } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { isUuid } from "@/lib/ids";
import { mayFollowUpLeads, organizerHandles } from "../access";

async function organizerFair(ctx: Ctx, eventId: string) {
  const { event } = await loadEvent(ctx, eventId, mayFollowUpLeads);
  return event;
}

export interface OrganizerLead {
  id: string;
  kind: LeadKind;
  note: string | null;
  handledAt: Date | null;
  candidateName: string;
  email: string | null;
  phone: string | null;
  employerName: string;
}

/**
 * The organizer follows up public candidates' leads themselves; participants' leads went to
 * their consultants as follow-ups, so the organizer sees only how many there are.
 */
export async function listOrganizerLeads(ctx: Ctx, eventId: string) {
  const event = await organizerFair(ctx, eventId);
  const db = await getDb();
  const rows: OrganizerLead[] = await db
    .select({
      id: fairLeads.id,
      kind: fairLeads.kind,
      note: fairLeads.note,
      handledAt: fairLeads.handledAt,
      candidateName: fairCandidates.name,
      email: fairCandidates.email,
      phone: fairCandidates.phone,
      employerName: organizations.name,
    })
    .from(fairLeads)
    .innerJoin(fairCandidates, eq(fairCandidates.id, fairLeads.candidateId))
    .innerJoin(fairStands, eq(fairStands.id, fairLeads.standId))
    .innerJoin(organizations, eq(organizations.id, fairStands.employerId))
    .where(and(eq(fairLeads.eventId, event.id), isNull(fairCandidates.participantId)))
    .orderBy(
      sql`${fairLeads.handledAt} is not null`,
      asc(fairCandidates.name),
      asc(organizations.name),
      asc(fairLeads.id),
    );
  const participantCounts = await db
    .select({ kind: fairLeads.kind, n: count() })
    .from(fairLeads)
    .innerJoin(fairCandidates, eq(fairCandidates.id, fairLeads.candidateId))
    .where(and(eq(fairLeads.eventId, event.id), isNotNull(fairCandidates.participantId)))
    .groupBy(fairLeads.kind);
  return {
    event,
    rows,
    participantCounts: Object.fromEntries(participantCounts.map((r) => [r.kind, r.n])) as Partial<
      Record<LeadKind, number>
    >,
  };
}

/** Marks a public candidate's lead as handled. A participant's lead or another event's lead is NotFoundError. */
export async function markLeadHandled(ctx: Ctx, eventId: string, leadId: string, now = new Date()): Promise<void> {
  const event = await organizerFair(ctx, eventId);
  if (!isUuid(leadId)) throw new NotFoundError("lead");
  const db = await getDb();
  const [lead] = await db
    .select({ participantId: fairCandidates.participantId })
    .from(fairLeads)
    .innerJoin(fairCandidates, eq(fairCandidates.id, fairLeads.candidateId))
    .where(and(eq(fairLeads.id, leadId), eq(fairLeads.eventId, event.id)));
  if (!lead || !organizerHandles(lead)) throw new NotFoundError("lead");
  await db
    .update(fairLeads)
    .set({ handledAt: sql`coalesce(${fairLeads.handledAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(fairLeads.id, leadId));
}
