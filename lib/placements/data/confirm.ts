// Each party confirms the agreement's terms; the third confirmation starts the placement.
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { agreements, followUps, participants, placementEvents, placements, slots, workPeriods } from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import { UserError } from "@/lib/auth/errors";
import { actorOf } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { upcomingCadence } from "@/lib/follow-ups/rules";
import { osloDate } from "@/lib/time/oslo";
import { agreementInProgress, mayConfirmAs } from "../access";
import type { ConfirmAgreementInput } from "../schemas";
import { auditCtx, requireAgreementPlacement } from "./scope";

/**
 * One party confirms the terms it saw (the version). Staff confirm for the municipality and
 * record the participant's confirmation; an employer confirms for its organization. The
 * third confirmation starts the placement: a work period and the IPS follow-along contacts.
 */
export async function confirmAgreement(
  ctx: Ctx,
  input: ConfirmAgreementInput,
  now = new Date(),
): Promise<{ activated: boolean }> {
  if (!mayConfirmAs(actorOf(ctx), input.party)) throw new UserError("placements.errors.notYourParty");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const p = await requireAgreementPlacement(tx, ctx, input.placementId);
    if (!agreementInProgress(p.stage)) throw new UserError("placements.errors.agreementLocked");
    // Locked, so two parties confirming at once both count and the placement starts exactly once.
    const [a] = await tx.select().from(agreements).where(eq(agreements.placementId, p.id)).for("update");
    if (!a) throw new UserError("placements.errors.noTerms");
    if (a.version !== input.version) throw new UserError("placements.errors.stale");
    const done = {
      municipality: a.municipalityConfirmedAt,
      employer: a.employerConfirmedAt,
      participant: a.participantConfirmedAt,
    };
    if (done[input.party]) throw new UserError("placements.errors.alreadyConfirmed");
    const set =
      input.party === "municipality"
        ? { municipalityConfirmedAt: now, municipalityConfirmedBy: ctx.userId }
        : input.party === "employer"
          ? { employerConfirmedAt: now, employerConfirmedBy: ctx.userId }
          : {
              participantConfirmedAt: now,
              participantConfirmationMethod: input.method,
              participantConfirmationRecordedBy: ctx.userId,
            };
    await tx
      .update(agreements)
      .set({ ...set, updatedAt: now })
      .where(eq(agreements.id, a.id));
    await writeAudit(tx, auditCtx(ctx, p.municipalityId), {
      participantId: p.participantId,
      action: "agreement.confirm",
      details: { placementId: p.id, party: input.party },
    });
    const all = { ...done, [input.party]: now };
    if (!all.municipality || !all.employer || !all.participant) return { activated: false };

    await tx
      .update(placements)
      .set({ stage: "active", version: p.version + 1, updatedAt: now })
      .where(eq(placements.id, p.id));
    await tx
      .insert(placementEvents)
      .values({ placementId: p.id, fromStage: "agreement", toStage: "active", byUserId: ctx.userId, at: now });
    const [slot] = await tx.select({ kind: slots.kind }).from(slots).where(eq(slots.id, p.slotId));
    const [participant] = await tx
      .select({ assignedTo: participants.assignedTo })
      .from(participants)
      .where(eq(participants.id, p.participantId));
    await tx.insert(workPeriods).values({
      participantId: p.participantId,
      kind: slot.kind === "job" ? "job" : "internship",
      employerId: p.employerId,
      employerName: p.employerName,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      createdBy: ctx.userId,
    });
    // The follow-along contacts go to the participant's own consultant, never to the employer who confirmed last.
    const staffId = participant.assignedTo ?? p.createdBy ?? a.municipalityContactId;
    const steps = upcomingCadence(a.startsOn, a.endsOn, osloDate(now));
    if (steps.length > 0) {
      await tx.insert(followUps).values(
        steps.map((s) => ({
          municipalityId: p.municipalityId,
          participantId: p.participantId,
          staffId,
          source: "cadence" as const,
          title: s.titleKey,
          dueOn: s.dueOn,
        })),
      );
    }
    await writeAudit(tx, auditCtx(ctx, p.municipalityId), {
      participantId: p.participantId,
      action: "work.create",
      details: { placementId: p.id, followUps: steps.length },
    });
    return { activated: true };
  });
}
