import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { memberships, organizations, placementEvents, placements, slots, users } from "@/db/schema";
import type { PlacementOutcome, PlacementStage } from "@/db/schema/pipeline";
import { isUniqueViolation } from "@/db/errors";
import { writeAudit } from "@/lib/audit/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { appUrl } from "@/lib/config";
import { hasConsent } from "@/lib/consents/data";
import { sendEmail } from "@/lib/email/data";
import { employerAnswerEmail, newProposalEmail } from "@/lib/email/templates";
import { isUuid } from "@/lib/ids";
import { requireParticipant } from "@/lib/participants/data";
import { ACTIVE_STATUSES } from "@/lib/participants/rules";
import {
  type Actor,
  canMove,
  isClosingMove,
  missingForMove,
  OPEN_STAGES,
  PENDING_STAGES,
  POSITION_STAGES,
  positionCheck,
} from "./rules";

/** Stored as the close reason and history note when consent to share is withdrawn. */
export const CONSENT_WITHDRAWN_NOTE = "Samtykke trukket tilbake";

/** Staff of a municipality or an employer; every other role has nothing to do with placements. */
export function actorOf(ctx: Ctx): Actor {
  const role = ctx.membership.role;
  if (role === "consultant" || role === "job_specialist" || role === "municipality_admin") return "staff";
  if (role === "employer") return "employer";
  throw new NotFoundError("placement");
}

/** The tenant condition: staff see their municipality's placements, an employer those proposed to it. */
export function placementScope(ctx: Ctx) {
  const org = ctx.membership.organizationId;
  return actorOf(ctx) === "staff"
    ? eq(placements.municipalityId, org)
    : and(eq(placements.employerId, org), sql`${placements.stage} <> 'suggested'`)!;
}

/** Audit entries belong to the participant's municipality, also when an employer acts. */
export const auditCtx = (ctx: Ctx, municipalityId: string) => ({
  userId: ctx.userId,
  membership: { organizationId: municipalityId },
});

export function appBase(): string {
  return appUrl() ?? "http://localhost:3000";
}

export interface ScopedPlacement {
  id: string;
  slotId: string;
  participantId: string;
  municipalityId: string;
  employerId: string;
  stage: PlacementStage;
  version: number;
  createdBy: string | null;
  slotTitle: string;
  employerName: string;
}

export async function requirePlacement(tx: Tx, ctx: Ctx, id: string): Promise<ScopedPlacement> {
  if (!isUuid(id)) throw new NotFoundError("placement");
  const [row] = await tx
    .select({
      id: placements.id,
      slotId: placements.slotId,
      participantId: placements.participantId,
      municipalityId: placements.municipalityId,
      employerId: placements.employerId,
      stage: placements.stage,
      version: placements.version,
      createdBy: placements.createdBy,
      slotTitle: slots.title,
      employerName: organizations.name,
    })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(organizations, eq(organizations.id, placements.employerId))
    .where(and(eq(placements.id, id), placementScope(ctx)));
  if (!row) throw new NotFoundError("placement");
  return row;
}

/** A slot of an employer in the caller's city: the municipality works with its local employers. */
export async function requireCitySlot(tx: Tx, ctx: Ctx, slotId: string) {
  if (!isUuid(slotId)) throw new NotFoundError("slot");
  const [slot] = await tx
    .select({
      id: slots.id,
      title: slots.title,
      status: slots.status,
      positions: slots.positions,
      kind: slots.kind,
      employerId: slots.employerId,
      employerName: organizations.name,
    })
    .from(slots)
    .innerJoin(organizations, eq(organizations.id, slots.employerId))
    .where(and(eq(slots.id, slotId), eq(organizations.kind, "employer"), eq(organizations.city, ctx.membership.city)));
  if (!slot) throw new NotFoundError("slot");
  return slot;
}

async function employerEmails(tx: Tx, employerId: string): Promise<string[]> {
  const rows = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, employerId), eq(memberships.role, "employer")));
  return [...new Set(rows.map((r) => r.email))];
}

async function emailOf(tx: Tx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? null;
}

async function notifyEmployer(
  tx: Tx,
  ctx: Ctx,
  p: { id: string; employerId: string; slotTitle: string },
): Promise<void> {
  for (const to of await employerEmails(tx, p.employerId)) {
    await sendEmail(
      tx,
      newProposalEmail(
        to,
        {
          slotTitle: p.slotTitle,
          municipality: ctx.membership.organizationName,
          senderName: ctx.name,
          href: `${appBase()}/proposals/${p.id}`,
        },
        "nb",
      ),
    );
  }
}

/** Sharing needs the participant's consent and an open slot, checked in the transaction that shares. */
async function assertShareable(tx: Tx, participantId: string, slotStatus: string): Promise<void> {
  if (slotStatus !== "open") throw new UserError("placements.errors.slotNotOpen");
  if (!(await hasConsent(tx, participantId, "share_employers"))) throw new UserError("placements.errors.noConsent");
}

/**
 * Proposes a participant for a slot: staff only, with consent, once per slot. A suggestion
 * on the consultant's shortlist becomes the proposal. The employer's people get an email.
 */
export async function proposeParticipant(
  ctx: Ctx,
  input: { slotId: string; participantId: string; note: string | null },
  now = new Date(),
): Promise<string> {
  if (actorOf(ctx) !== "staff") throw new NotFoundError("placement");
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const participant = await requireParticipant(tx, ctx, input.participantId);
      const slot = await requireCitySlot(tx, ctx, input.slotId);
      if (!ACTIVE_STATUSES.includes(participant.status)) throw new UserError("placements.errors.participantInactive");
      await assertShareable(tx, participant.id, slot.status);
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
      if (open && open.stage !== "suggested") throw new UserError("placements.errors.alreadyProposed");
      let id: string;
      if (open) {
        await tx
          .update(placements)
          .set({ stage: "proposed", version: open.version + 1, updatedAt: now })
          .where(eq(placements.id, open.id));
        id = open.id;
      } else {
        const [row] = await tx
          .insert(placements)
          .values({
            slotId: slot.id,
            participantId: participant.id,
            municipalityId: ctx.membership.organizationId,
            employerId: slot.employerId,
            stage: "proposed",
            createdBy: ctx.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: placements.id });
        id = row.id;
      }
      await tx.insert(placementEvents).values({
        placementId: id,
        fromStage: open ? "suggested" : null,
        toStage: "proposed",
        byUserId: ctx.userId,
        note: input.note,
        at: now,
      });
      await notifyEmployer(tx, ctx, { id, employerId: slot.employerId, slotTitle: slot.title });
      await writeAudit(tx, ctx, {
        participantId: participant.id,
        action: "placement.propose",
        details: { placementId: id, slotId: slot.id },
      });
      return id;
    });
  } catch (err) {
    // Two proposals of the same pair at the same moment: the partial unique index lets one through.
    if (isUniqueViolation(err)) throw new UserError("placements.errors.alreadyProposed");
    throw err;
  }
}

export interface MoveOptions {
  note?: string | null;
  reason?: string | null;
  outcome?: PlacementOutcome | null;
  interviewAt?: Date | null;
}

/**
 * Moves a placement one step, if the rules and the caller's role allow it and nobody moved
 * it since the caller loaded it. Taking a position locks the slot row first, so two
 * acceptances of the last position never both succeed.
 */
export async function movePlacement(
  ctx: Ctx,
  id: string,
  version: number,
  to: PlacementStage,
  opts: MoveOptions = {},
  now = new Date(),
): Promise<void> {
  const actor = actorOf(ctx);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const p = await requirePlacement(tx, ctx, id);
    if (!canMove(p.stage, to, actor)) throw new UserError("placements.errors.moveNotAllowed");
    const missing = missingForMove(to, opts, now);
    if (missing) throw new UserError(missing.key, missing.field);
    if (p.version !== version) throw new UserError("placements.errors.stale");

    const takesPosition = POSITION_STAGES.includes(to) && !POSITION_STAGES.includes(p.stage);
    const freesPosition = p.stage === "agreement" && isClosingMove(to);
    let slotStatus: string | null = null;
    if (takesPosition || freesPosition || to === "proposed") {
      const [slot] = await tx
        .select({ positions: slots.positions, status: slots.status })
        .from(slots)
        .where(eq(slots.id, p.slotId))
        .for("update");
      slotStatus = slot.status;
      if (to === "proposed") await assertShareable(tx, p.participantId, slot.status);
      if (takesPosition) {
        const [{ n }] = await tx
          .select({ n: count() })
          .from(placements)
          .where(and(eq(placements.slotId, p.slotId), inArray(placements.stage, POSITION_STAGES)));
        const check = positionCheck(n, slot.positions);
        if (!check.fits) throw new UserError("placements.errors.full");
        if (check.fillsSlot)
          await tx
            .update(slots)
            .set({ status: "filled", updatedAt: now })
            .where(and(eq(slots.id, p.slotId), eq(slots.status, "open")));
      }
    }
    // An agreement that falls through gives its position back.
    if (freesPosition && slotStatus === "filled")
      await tx.update(slots).set({ status: "open", updatedAt: now }).where(eq(slots.id, p.slotId));

    const closing = isClosingMove(to);
    const [updated] = await tx
      .update(placements)
      .set({
        stage: to,
        version: p.version + 1,
        updatedAt: now,
        ...(closing ? { closeReason: opts.reason ?? opts.note ?? null } : {}),
        ...(to === "completed" ? { outcome: opts.outcome } : {}),
        ...(to === "interview" ? { interviewAt: opts.interviewAt } : {}),
      })
      .where(and(eq(placements.id, id), eq(placements.version, version)))
      .returning({ id: placements.id });
    if (!updated) throw new UserError("placements.errors.stale");
    const note = [opts.reason, opts.note].filter(Boolean).join(" – ") || null;
    await tx
      .insert(placementEvents)
      .values({ placementId: id, fromStage: p.stage, toStage: to, byUserId: ctx.userId, note, at: now });

    if (to === "proposed") await notifyEmployer(tx, ctx, { id, employerId: p.employerId, slotTitle: p.slotTitle });
    if (actor === "employer" && (to === "employer_interested" || to === "interview" || to === "declined_by_employer")) {
      const consultant = await emailOf(tx, p.createdBy);
      if (consultant) {
        await sendEmail(
          tx,
          employerAnswerEmail(
            consultant,
            { slotTitle: p.slotTitle, employerName: p.employerName, answer: to, href: `${appBase()}/placements/${id}` },
            "nb",
          ),
        );
      }
    }
    await writeAudit(tx, auditCtx(ctx, p.municipalityId), {
      participantId: p.participantId,
      action: "placement.move",
      details: { placementId: id, from: p.stage, to },
    });
  });
}

/**
 * Consent to share with employers was withdrawn: every proposal still waiting for an answer
 * is withdrawn in the same transaction, and the employer sees "no longer available".
 */
export async function withdrawPendingProposals(
  tx: Tx,
  participantId: string,
  userId: string | null,
  now = new Date(),
): Promise<number> {
  const pending = await tx
    .select({ id: placements.id, stage: placements.stage })
    .from(placements)
    .where(and(eq(placements.participantId, participantId), inArray(placements.stage, PENDING_STAGES)))
    .for("update");
  if (pending.length === 0) return 0;
  await tx
    .update(placements)
    .set({
      stage: "withdrawn",
      closeReason: CONSENT_WITHDRAWN_NOTE,
      version: sql`${placements.version} + 1`,
      updatedAt: now,
    })
    .where(
      inArray(
        placements.id,
        pending.map((p) => p.id),
      ),
    );
  await tx.insert(placementEvents).values(
    pending.map((p) => ({
      placementId: p.id,
      fromStage: p.stage,
      toStage: "withdrawn" as const,
      byUserId: userId,
      note: CONSENT_WITHDRAWN_NOTE,
      at: now,
    })),
  );
  return pending.length;
}
