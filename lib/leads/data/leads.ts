import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import {
  fairCandidates,
  fairInterviews,
  fairLeads,
  fairStands,
  fairWishes,
  participants,
  slots,
  type Event,
  type LeadKind,
} from "@/db/schema";
import type { EducationLevel } from "@/db/schema/participants";
import { writeAudit } from "@/lib/audit/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { isUuid } from "@/lib/ids";
import { exhibitorMayNameSql } from "@/lib/privacy/visibility";
import { osloDate } from "@/lib/time/oslo";
import { mayRecordLeads } from "../access";
import { createsFollowUp, encodeLeadTitle, leadDueOn, leadsOpen } from "../rules";
import type { SaveLeadInput } from "../schemas";
import { placeOnSlot } from "@/lib/placements/data/from-lead";
import { syncFollowUp } from "./follow-through";

export interface LeadCandidate {
  id: string;
  name: string;
  educationLevel: EducationLevel;
  occupations: string[];
  participant: boolean;
  met: boolean;
  wished: boolean;
  lead: { kind: LeadKind; note: string | null; placementId: string | null } | null;
}

/** The employer's own registered stand at a career fair they may see, or NotFoundError. */
async function ownStand(ctx: Ctx, eventId: string) {
  const { event } = await loadEvent(ctx, eventId, mayRecordLeads);
  const db = await getDb();
  const [stand] = await db
    .select({ id: fairStands.id })
    .from(fairStands)
    .where(
      and(
        eq(fairStands.eventId, event.id),
        eq(fairStands.employerId, ctx.membership.organizationId),
        eq(fairStands.status, "registered"),
      ),
    )
    .limit(1);
  return { event, stand: stand ?? null };
}

/**
 * Whom a stand may record leads for: candidates it met in a published interview, and those it
 * wished to meet — only while their profile is shared with exhibitors (public: their own tick;
 * participants: a consent in force, so a withdrawal hides them at once).
 */
async function leadCandidates(tx: Tx, event: Event, standId: string, only?: string) {
  const met = event.schedulePublishedAt
    ? await tx
        .select({ id: fairInterviews.candidateId })
        .from(fairInterviews)
        .where(and(eq(fairInterviews.eventId, event.id), eq(fairInterviews.standId, standId)))
    : [];
  const wished = await tx
    .select({ id: fairWishes.candidateId })
    .from(fairWishes)
    .where(and(eq(fairWishes.eventId, event.id), eq(fairWishes.standId, standId), eq(fairWishes.by, "employer")));
  const metIds = new Set(met.map((r) => r.id));
  const wishedIds = new Set(wished.map((r) => r.id));
  const ids = [...new Set([...metIds, ...wishedIds])].filter((id) => !only || id === only);
  if (ids.length === 0) return [];
  const rows = await tx
    .select({
      id: fairCandidates.id,
      name: fairCandidates.name,
      educationLevel: fairCandidates.educationLevel,
      occupations: fairCandidates.occupations,
      participantId: fairCandidates.participantId,
      registeredBy: fairCandidates.registeredBy,
      shareWithExhibitors: fairCandidates.shareWithExhibitors,
      nameable: exhibitorMayNameSql(),
    })
    .from(fairCandidates)
    .where(
      and(
        eq(fairCandidates.eventId, event.id),
        inArray(fairCandidates.id, ids),
        inArray(fairCandidates.status, ["registered", "waitlisted"]),
      ),
    )
    .orderBy(asc(fairCandidates.name), asc(fairCandidates.id));
  // The exhibitor audience's predicate (lib/privacy/visibility.ts), short of the status: a
  // waitlisted candidate the employer wished to meet may still be evaluated.
  return rows
    .filter(({ nameable, shareWithExhibitors }) => nameable && shareWithExhibitors)
    .map(({ nameable: _, ...r }) => r)
    .map((r) => ({ ...r, met: metIds.has(r.id), wished: wishedIds.has(r.id) }));
}

/** The employer's leads page: whom they may evaluate, what they recorded, and their open slots. */
export async function listEmployerLeads(ctx: Ctx, eventId: string, now = new Date()) {
  const { event, stand } = await ownStand(ctx, eventId);
  const open = leadsOpen(event, now);
  if (!stand || !open) return { event, hasStand: Boolean(stand), open, candidates: [] as LeadCandidate[], slots: [] };
  const db = await getDb();
  const rows = await leadCandidates(db, event, stand.id);
  const leads = await db
    .select({
      candidateId: fairLeads.candidateId,
      kind: fairLeads.kind,
      note: fairLeads.note,
      placementId: fairLeads.placementId,
    })
    .from(fairLeads)
    .where(eq(fairLeads.standId, stand.id));
  const byCandidate = new Map(leads.map((l) => [l.candidateId, l]));
  const openSlots = await db
    .select({ id: slots.id, title: slots.title })
    .from(slots)
    .where(and(eq(slots.employerId, ctx.membership.organizationId), eq(slots.status, "open")))
    .orderBy(asc(slots.title));
  const candidates: LeadCandidate[] = rows.map((r) => {
    const l = byCandidate.get(r.id);
    return {
      id: r.id,
      name: r.name,
      educationLevel: r.educationLevel,
      occupations: r.occupations,
      participant: r.participantId !== null,
      met: r.met,
      wished: r.wished,
      lead: l ? { kind: l.kind, note: l.note, placementId: l.placementId } : null,
    };
  });
  return { event, hasStand: true, open, candidates, slots: openSlots };
}

/**
 * Records (or changes) the stand's lead for one candidate. For a programme participant, in the
 * same transaction: a follow-up for their consultant, optionally a placement on one of the
 * employer's open slots, and the audit entry in the participant's municipality.
 */
export async function saveLead(ctx: Ctx, input: SaveLeadInput, now = new Date()): Promise<void> {
  const { event, stand } = await ownStand(ctx, input.eventId);
  if (!stand || !isUuid(input.candidateId)) throw new NotFoundError("candidate");
  if (!leadsOpen(event, now)) throw new UserError("leads.errors.notOpen");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [candidate] = await leadCandidates(tx, event, stand.id, input.candidateId);
    if (!candidate) throw new NotFoundError("candidate");
    if (input.slotId && !candidate.participantId)
      throw new UserError("leads.errors.placementParticipantsOnly", "slotId");
    if (input.slotId && !createsFollowUp(input.kind))
      throw new UserError("leads.errors.placementNeedsInterest", "slotId");
    const [lead] = await tx
      .insert(fairLeads)
      .values({
        eventId: event.id,
        candidateId: candidate.id,
        standId: stand.id,
        kind: input.kind,
        note: input.note,
        createdBy: ctx.userId,
        createdAt: now,
      })
      .onConflictDoUpdate({
        target: [fairLeads.candidateId, fairLeads.standId],
        set: { kind: input.kind, note: input.note },
      })
      .returning({ id: fairLeads.id, followUpId: fairLeads.followUpId, placementId: fairLeads.placementId });
    if (!candidate.participantId) return;

    const [participant] = await tx
      .select({ id: participants.id, municipalityId: participants.municipalityId, assignedTo: participants.assignedTo })
      .from(participants)
      .where(eq(participants.id, candidate.participantId));
    const followUpId = await syncFollowUp(tx, lead.followUpId, input.kind, {
      municipalityId: participant.municipalityId,
      participantId: participant.id,
      staffId: candidate.registeredBy ?? participant.assignedTo,
      title: encodeLeadTitle({ kind: input.kind, employer: ctx.membership.organizationName, event: event.title }),
      dueOn: leadDueOn(osloDate(now)),
    });
    const placementId =
      lead.placementId ?? (input.slotId ? await placeOnSlot(tx, ctx, input.slotId, participant, now) : null);
    await tx.update(fairLeads).set({ followUpId, placementId }).where(eq(fairLeads.id, lead.id));
    await writeAudit(
      tx,
      { userId: ctx.userId, membership: { organizationId: participant.municipalityId } },
      {
        participantId: participant.id,
        action: "fair.lead",
        details: { eventId: event.id, kind: input.kind, placementId },
      },
    );
  });
}
