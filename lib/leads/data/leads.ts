import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import {
  consents,
  fairCandidates,
  fairInterviews,
  fairLeads,
  fairStands,
  fairWishes,
  followUps,
  participants,
  placementEvents,
  placements,
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
import { osloDate } from "@/lib/time/oslo";
import { OPEN_STAGES } from "@/lib/placements/rules";
import { mayRecordLeads } from "../access";
import { createsFollowUp, encodeLeadTitle, leadDueOn, leadsOpen } from "../rules";
import type { SaveLeadInput } from "../schemas";

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
  const participantIds = rows.flatMap((r) => (r.participantId ? [r.participantId] : []));
  const consented = participantIds.length
    ? new Set(
        (
          await tx
            .select({ id: consents.participantId })
            .from(consents)
            .where(
              and(
                inArray(consents.participantId, participantIds),
                eq(consents.scope, "share_fair_exhibitors"),
                isNull(consents.withdrawnAt),
              ),
            )
        ).map((r) => r.id),
      )
    : new Set<string>();
  return rows
    .filter((r) => (r.participantId ? consented.has(r.participantId) : r.shareWithExhibitors))
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

interface FollowUpValues {
  municipalityId: string;
  participantId: string;
  staffId: string | null;
  title: string;
  dueOn: string;
}

/** One open follow-up per lead: created once, retitled when the kind changes, removed for "no follow-up" unless already done. */
async function syncFollowUp(
  tx: Tx,
  existing: string | null,
  kind: LeadKind,
  values: FollowUpValues,
): Promise<string | null> {
  if (!createsFollowUp(kind)) {
    if (!existing) return null;
    const removed = await tx
      .delete(followUps)
      .where(and(eq(followUps.id, existing), isNull(followUps.doneAt)))
      .returning({ id: followUps.id });
    return removed.length ? null : existing;
  }
  if (existing) {
    const [kept] = await tx.select({ id: followUps.id }).from(followUps).where(eq(followUps.id, existing));
    if (kept) {
      await tx
        .update(followUps)
        .set({ title: values.title })
        .where(and(eq(followUps.id, existing), isNull(followUps.doneAt)));
      return existing;
    }
  }
  const [row] = await tx
    .insert(followUps)
    .values({ ...values, source: "fair_lead" })
    .returning({ id: followUps.id });
  return row.id;
}

/** A placement at "employer interested" on the employer's own open slot; an open one for the pair is reused. */
async function placeOnSlot(
  tx: Tx,
  ctx: Ctx,
  slotId: string,
  participant: { id: string; municipalityId: string },
  now: Date,
): Promise<string> {
  if (!isUuid(slotId)) throw new UserError("leads.errors.slot", "slotId");
  const [slot] = await tx
    .select({ id: slots.id, employerId: slots.employerId })
    .from(slots)
    .where(and(eq(slots.id, slotId), eq(slots.employerId, ctx.membership.organizationId), eq(slots.status, "open")));
  if (!slot) throw new UserError("leads.errors.slot", "slotId");
  const [open] = await tx
    .select({ id: placements.id, stage: placements.stage, version: placements.version })
    .from(placements)
    .where(
      and(
        eq(placements.slotId, slot.id),
        eq(placements.participantId, participant.id),
        inArray(placements.stage, OPEN_STAGES),
      ),
    );
  if (open && open.stage !== "suggested" && open.stage !== "proposed") return open.id;
  let id: string;
  if (open) {
    await tx
      .update(placements)
      .set({ stage: "employer_interested", version: open.version + 1, updatedAt: now })
      .where(eq(placements.id, open.id));
    id = open.id;
  } else {
    const [row] = await tx
      .insert(placements)
      .values({
        slotId: slot.id,
        participantId: participant.id,
        municipalityId: participant.municipalityId,
        employerId: slot.employerId,
        stage: "employer_interested",
        createdBy: ctx.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: placements.id });
    id = row.id;
  }
  await tx.insert(placementEvents).values({
    placementId: id,
    fromStage: open?.stage ?? null,
    toStage: "employer_interested",
    byUserId: ctx.userId,
    at: now,
  });
  return id;
}
