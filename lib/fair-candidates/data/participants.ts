import "server-only";
// Municipality staff register their own programme participants for a fair. Only with the
// participant's consent to share with exhibitors; the fair gets a snapshot of the consented
// fields, never the case record. Each registration and cancellation is audited.
import { and, asc, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { fairCandidates, fairStands, fairWishes, organizations, participantWishes, participants } from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { hasConsent } from "@/lib/consents/data/consents";
import { AUDIENCE_CONSENT, consentInForceSql } from "@/lib/privacy/visibility";
import { loadEvent } from "@/lib/events/data";
import { isUuid } from "@/lib/ids";
import { mayRegisterOurParticipants, registersWholeMunicipality } from "../access";
import { countRegistered, lockEvent, openStands, promoteWaitlist, replaceCandidateWishes } from "./core";
import { meetsEligibility, placeOrWaitlist, registrationState } from "../rules";

/** The event, if the caller may register participants for it; else NotFoundError. */
async function registrarEvent(ctx: Ctx, eventId: string) {
  return loadEvent(ctx, eventId, (event, access) => mayRegisterOurParticipants(event, access, ctx.membership.role));
}

/** The participants the caller may register (lib/fair-candidates/access.ts). */
function caseloadScope(ctx: Ctx) {
  const own = [
    eq(participants.municipalityId, ctx.membership.organizationId),
    isNull(participants.anonymizedAt),
    eq(participants.status, "enrolled"),
  ];
  if (!registersWholeMunicipality(ctx.membership.role)) own.push(eq(participants.assignedTo, ctx.userId));
  return and(...own);
}

/** Our participants at this fair, with their status and wished stands. */
export async function listOurParticipants(ctx: Ctx, eventId: string) {
  await registrarEvent(ctx, eventId);
  const db = await getDb();
  const rows = await db
    .select({
      id: fairCandidates.id,
      participantId: fairCandidates.participantId,
      name: fairCandidates.name,
      status: fairCandidates.status,
      educationLevel: fairCandidates.educationLevel,
      registeredAt: fairCandidates.registeredAt,
    })
    .from(fairCandidates)
    .innerJoin(participants, eq(participants.id, fairCandidates.participantId))
    .where(and(eq(fairCandidates.eventId, eventId), eq(participants.municipalityId, ctx.membership.organizationId)))
    .orderBy(asc(fairCandidates.name));
  const wishes = rows.length
    ? await db
        .select({ candidateId: fairWishes.candidateId, standId: fairWishes.standId, employerName: organizations.name })
        .from(fairWishes)
        .innerJoin(fairStands, eq(fairStands.id, fairWishes.standId))
        .innerJoin(organizations, eq(organizations.id, fairStands.employerId))
        .where(
          and(
            inArray(
              fairWishes.candidateId,
              rows.map((r) => r.id),
            ),
            eq(fairWishes.by, "candidate"),
          ),
        )
        .orderBy(asc(organizations.name))
    : [];
  return rows.map((r) => ({ ...r, wishes: wishes.filter((w) => w.candidateId === r.id) }));
}

/** The fair's stands our participants can wish for. */
export async function standChoices(ctx: Ctx, eventId: string) {
  await registrarEvent(ctx, eventId);
  return openStands(await getDb(), eventId);
}

/** Participants the caller can register now (not already on this fair), and whether each has the consent. */
export async function registrationChoices(ctx: Ctx, eventId: string) {
  await registrarEvent(ctx, eventId);
  const db = await getDb();
  const taken = db
    .select({ id: fairCandidates.participantId })
    .from(fairCandidates)
    .where(
      and(
        eq(fairCandidates.eventId, eventId),
        sql`${fairCandidates.status} <> 'cancelled'`,
        sql`${fairCandidates.participantId} is not null`,
      ),
    );
  return db
    .select({
      id: participants.id,
      name: sql<string>`${participants.firstName} || ' ' || ${participants.lastName}`,
      hasConsent: consentInForceSql(participants.id, AUDIENCE_CONSENT.exhibitor),
    })
    .from(participants)
    .where(and(caseloadScope(ctx), notInArray(participants.id, taken)))
    .orderBy(asc(participants.firstName), asc(participants.lastName));
}

/** Registers a participant: consent, eligibility and capacity apply. Returns the status given. */
export async function registerParticipant(
  ctx: Ctx,
  eventId: string,
  participantId: string,
  now = new Date(),
): Promise<"registered" | "waitlisted"> {
  await registrarEvent(ctx, eventId);
  if (!isUuid(participantId)) throw new NotFoundError("participant");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) throw new NotFoundError("event");
    if (registrationState(event, now) !== "open") throw new UserError("publicFair.errors.closed");
    const [p] = await tx
      .select()
      .from(participants)
      .where(and(eq(participants.id, participantId), caseloadScope(ctx)));
    if (!p) throw new NotFoundError("participant");
    if (!(await hasConsent(tx, p.id, "share_fair_exhibitors")))
      throw new UserError("fairCandidates.errors.noConsent", "participantId");
    if (!meetsEligibility(p.educationLevel, event.minEducation))
      throw new UserError(`publicFair.notEligible.${event.minEducation}`, "participantId");
    const [existing] = await tx
      .select({ id: fairCandidates.id, status: fairCandidates.status })
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, eventId), eq(fairCandidates.participantId, p.id)));
    if (existing && existing.status !== "cancelled")
      throw new UserError("fairCandidates.errors.alreadyRegistered", "participantId");
    const status = placeOrWaitlist(event.capacity, await countRegistered(tx, eventId, existing?.id));
    const wishes = await tx
      .select({ code: participantWishes.iscoCode })
      .from(participantWishes)
      .where(eq(participantWishes.participantId, p.id))
      .orderBy(asc(participantWishes.rank));
    const snapshot = {
      name: `${p.firstName} ${p.lastName}`,
      educationLevel: p.educationLevel,
      educationField: p.educationField,
      occupations: wishes.map((w) => w.code),
      norwegianLevel: p.norwegianSpeaking,
      shareWithExhibitors: true,
      registeredBy: ctx.userId,
      status,
      registeredAt: now,
      updatedAt: now,
    };
    await tx
      .insert(fairCandidates)
      .values({ eventId, participantId: p.id, ...snapshot })
      .onConflictDoUpdate({
        target: [fairCandidates.eventId, fairCandidates.participantId],
        targetWhere: sql`participant_id is not null`,
        set: snapshot,
      });
    await writeAudit(tx, ctx, { participantId: p.id, action: "fair.register", details: { eventId, status } });
    return status;
  });
}

/** One of our participants' registrations at this fair (municipality scope), or NotFoundError. */
async function ourCandidate(tx: Tx, ctx: Ctx, eventId: string, candidateId: string) {
  if (!isUuid(candidateId)) throw new NotFoundError("candidate");
  const [c] = await tx
    .select({ id: fairCandidates.id, status: fairCandidates.status, participantId: participants.id })
    .from(fairCandidates)
    .innerJoin(participants, eq(participants.id, fairCandidates.participantId))
    .where(
      and(
        eq(fairCandidates.id, candidateId),
        eq(fairCandidates.eventId, eventId),
        eq(participants.municipalityId, ctx.membership.organizationId),
      ),
    );
  if (!c) throw new NotFoundError("candidate");
  return c;
}

export async function cancelParticipant(ctx: Ctx, eventId: string, candidateId: string): Promise<void> {
  await registrarEvent(ctx, eventId);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) throw new NotFoundError("event");
    const c = await ourCandidate(tx, ctx, eventId, candidateId);
    if (c.status === "cancelled") return;
    await tx
      .update(fairCandidates)
      .set({ status: "cancelled", updatedAt: new Date() })
      .where(eq(fairCandidates.id, c.id));
    await writeAudit(tx, ctx, { participantId: c.participantId, action: "fair.cancel", details: { eventId } });
    if (c.status === "registered" && event.status === "published") await promoteWaitlist(tx, event);
  });
}

export async function setParticipantWishes(
  ctx: Ctx,
  eventId: string,
  candidateId: string,
  standIds: readonly string[],
): Promise<void> {
  await registrarEvent(ctx, eventId);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const c = await ourCandidate(tx, ctx, eventId, candidateId);
    if (c.status === "cancelled") throw new UserError("publicFair.errors.cancelled");
    await replaceCandidateWishes(tx, eventId, c.id, standIds);
  });
}
