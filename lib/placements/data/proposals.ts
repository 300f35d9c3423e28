// The employer's side of a proposal: the candidate's profile, the inbox, one proposal, the home
// figures; and the consultant's preview of exactly what the employer will see.
import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, ne, notExists } from "drizzle-orm";
import { getDb } from "@/db";
import { participants, placementEvents, placements, slots } from "@/db/schema";
import type { PlacementStage } from "@/db/schema/pipeline";
import { writeAudit } from "@/lib/audit/data";
import type { Ctx } from "@/lib/auth/session";
import { hasConsent } from "@/lib/consents/data/consents";
import { requireParticipant } from "@/lib/participants/data";
import { ACTIVE_STATUSES } from "@/lib/participants/rules";
import { AUDIENCE_CONSENT, consentInForceSql } from "@/lib/privacy/visibility";
import {
  employerMessage,
  employerSeesCandidate,
  employerSeesContact,
  requireSide,
  seesWholeMunicipality,
} from "../access";
import { allowedMoves, OPEN_STAGES } from "../rules";
import { employerInterviewNote } from "./employer-notes";
import { type ConsentedProfile, loadConsentedProfile } from "./profile";
import { auditCtx, placementScope, requireCitySlot, requirePlacement } from "./scope";

export interface ProposalPreview {
  slot: { id: string; title: string; employerName: string; status: string };
  participant: { id: string; name: string };
  consent: boolean;
  existing: { id: string; stage: PlacementStage } | null;
  profile: ConsentedProfile;
}

/** For the consultant before proposing: exactly what the employer will see, and whether it may be sent. */
export async function proposalPreview(ctx: Ctx, slotId: string, participantId: string): Promise<ProposalPreview> {
  requireSide(ctx, "staff", "participant");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const participant = await requireParticipant(tx, ctx, participantId);
    const slot = await requireCitySlot(tx, ctx, slotId);
    const [existing] = await tx
      .select({ id: placements.id, stage: placements.stage })
      .from(placements)
      .where(
        and(
          eq(placements.slotId, slot.id),
          eq(placements.participantId, participant.id),
          ne(placements.stage, "suggested"),
        ),
      )
      .orderBy(desc(placements.createdAt))
      .limit(1);
    const profile = await loadConsentedProfile(tx, participant.id);
    await writeAudit(tx, ctx, {
      participantId: participant.id,
      action: "participant.read",
      details: { purpose: "proposal" },
    });
    return {
      slot: { id: slot.id, title: slot.title, employerName: slot.employerName, status: slot.status },
      participant: { id: participant.id, name: `${participant.firstName} ${participant.lastName}` },
      consent: await hasConsent(tx, participant.id, "share_employers"),
      existing: existing && OPEN_STAGES.includes(existing.stage) ? existing : null,
      profile,
    };
  });
}

export interface EmployerProposalRow {
  id: string;
  stage: PlacementStage;
  slotId: string;
  slotTitle: string;
  /** Null when the candidate is no longer available. */
  firstName: string | null;
  interviewAt: Date | null;
  updatedAt: Date;
}

/** Candidates proposed to the employer's own slots, newest activity first. */
export async function employerProposals(ctx: Ctx): Promise<EmployerProposalRow[]> {
  requireSide(ctx, "employer");
  const db = await getDb();
  const rows = await db
    .select({
      id: placements.id,
      stage: placements.stage,
      slotId: placements.slotId,
      slotTitle: slots.title,
      firstName: participants.firstName,
      consent: consentInForceSql(placements.participantId, AUDIENCE_CONSENT.employer),
      interviewAt: placements.interviewAt,
      updatedAt: placements.updatedAt,
    })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(participants, eq(participants.id, placements.participantId))
    .where(placementScope(ctx))
    .orderBy(desc(placements.updatedAt), asc(placements.id));
  return rows.map(({ consent, ...r }) => ({
    ...r,
    firstName: employerSeesCandidate(r.stage, consent) ? r.firstName : null,
  }));
}

export type EmployerProposal =
  | { unavailable: true; id: string; slotTitle: string }
  | {
      unavailable: false;
      id: string;
      slotId: string;
      slotTitle: string;
      stage: PlacementStage;
      version: number;
      interviewAt: Date | null;
      /** The note the employer wrote with the interview time: their own words, shown back. */
      interviewNote: string | null;
      profile: ConsentedProfile;
      /** From the agreement on: who the candidate is and how to reach them. */
      contact: { lastName: string; email: string | null; phone: string | null } | null;
      moves: PlacementStage[];
      /** The consultant's message with the proposal, if they wrote one. */
      message: string | null;
    };

/** One proposal to the employer's organization; another employer's id is a 404. Every view is audited. */
export async function employerProposal(ctx: Ctx, id: string): Promise<EmployerProposal> {
  requireSide(ctx, "employer");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const p = await requirePlacement(tx, ctx, id);
    // Consent is checked again at every view: a withdrawal takes effect at once.
    const consent = await hasConsent(tx, p.participantId, "share_employers");
    if (!employerSeesCandidate(p.stage, consent)) return { unavailable: true, id: p.id, slotTitle: p.slotTitle };
    const [extra] = await tx
      .select({
        interviewAt: placements.interviewAt,
        lastName: participants.lastName,
        email: participants.email,
        phone: participants.phone,
      })
      .from(placements)
      .innerJoin(participants, eq(participants.id, placements.participantId))
      .where(eq(placements.id, p.id));
    const profile = await loadConsentedProfile(tx, p.participantId);
    const events = await tx
      .select({ toStage: placementEvents.toStage, note: placementEvents.note })
      .from(placementEvents)
      .where(and(eq(placementEvents.placementId, p.id), eq(placementEvents.toStage, "proposed")))
      .orderBy(asc(placementEvents.at), asc(placementEvents.id));
    await writeAudit(tx, auditCtx(ctx, p.municipalityId), {
      participantId: p.participantId,
      action: "proposal.read",
      details: { placementId: p.id, employerId: p.employerId },
    });
    return {
      unavailable: false,
      id: p.id,
      slotId: p.slotId,
      slotTitle: p.slotTitle,
      stage: p.stage,
      version: p.version,
      interviewAt: extra.interviewAt,
      interviewNote: await employerInterviewNote(tx, p.id, p.employerId),
      profile,
      contact: employerSeesContact(p.stage)
        ? { lastName: extra.lastName, email: extra.email, phone: extra.phone }
        : null,
      moves: allowedMoves(p.stage, "employer"),
      message: employerMessage(events),
    };
  });
}

/**
 * The caller's participants who may be proposed for the slot: active, consented to sharing,
 * and not already on its pipeline. An admin chooses from the whole municipality.
 */
export async function proposableParticipants(ctx: Ctx, slotId: string): Promise<{ id: string; name: string }[]> {
  requireSide(ctx, "staff", "slot");
  const db = await getDb();
  const rows = await db
    .select({ id: participants.id, firstName: participants.firstName, lastName: participants.lastName })
    .from(participants)
    .where(
      and(
        eq(participants.municipalityId, ctx.membership.organizationId),
        isNull(participants.anonymizedAt),
        inArray(participants.status, ACTIVE_STATUSES),
        seesWholeMunicipality(ctx.membership.role) ? undefined : eq(participants.assignedTo, ctx.userId),
        consentInForceSql(participants.id, AUDIENCE_CONSENT.employer),
        notExists(
          db
            .select({ id: placements.id })
            .from(placements)
            .where(
              and(
                eq(placements.participantId, participants.id),
                eq(placements.slotId, slotId),
                inArray(placements.stage, OPEN_STAGES),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(participants.firstName), asc(participants.lastName));
  return rows.map((r) => ({ id: r.id, name: `${r.firstName} ${r.lastName}` }));
}

export interface EmployerFigures {
  openSlots: number;
  awaitingAnswer: number;
  inProgress: number;
  active: number;
}

/** The employer's home-page figures, for the caller's own organization only. */
export async function employerFigures(ctx: Ctx): Promise<EmployerFigures> {
  const db = await getDb();
  const employerId = ctx.membership.organizationId;
  const [[open], byStage] = await Promise.all([
    db
      .select({ n: count() })
      .from(slots)
      .where(and(eq(slots.employerId, employerId), eq(slots.status, "open"))),
    db
      .select({ stage: placements.stage, n: count() })
      .from(placements)
      .where(eq(placements.employerId, employerId))
      .groupBy(placements.stage),
  ]);
  const n = (...stages: string[]) => byStage.filter((r) => stages.includes(r.stage)).reduce((a, r) => a + r.n, 0);
  return {
    openSlots: open.n,
    awaitingAnswer: n("proposed"),
    inProgress: n("employer_interested", "interview", "agreement"),
    active: n("active"),
  };
}
