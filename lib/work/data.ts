import "server-only";
import { getDb } from "@/db";
import { followUps, workPeriods } from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import type { Ctx } from "@/lib/auth/session";
import { requireEmployer } from "@/lib/employers/data/employers";
import { upcomingCadence } from "@/lib/follow-ups/rules";
import type { RegisterWorkInput } from "@/lib/follow-ups/schemas";
import { requireParticipant } from "@/lib/participants/data";
import { osloDate } from "@/lib/time/oslo";

/**
 * Registers the start of a job or internship and, in the same transaction, the IPS
 * follow-along cadence as follow-ups for the participant's own consultant (or the
 * person registering, when nobody is assigned). Steps already in the past are skipped.
 */
export async function registerWorkStart(
  ctx: Ctx,
  input: RegisterWorkInput,
  now = new Date(),
): Promise<{ workPeriodId: string; followUps: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const participant = await requireParticipant(tx, ctx, input.participantId);
    // A listed employer's own name wins over anything typed, so the employer timeline matches.
    const employer = input.employerId ? await requireEmployer(tx, ctx, input.employerId) : null;
    const [period] = await tx
      .insert(workPeriods)
      .values({
        participantId: participant.id,
        kind: input.kind,
        employerId: employer?.id ?? null,
        employerName: employer?.name ?? input.employerName!,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdBy: ctx.userId,
      })
      .returning({ id: workPeriods.id });
    const steps = upcomingCadence(input.startsOn, input.endsOn, osloDate(now));
    if (steps.length > 0) {
      await tx.insert(followUps).values(
        steps.map((s) => ({
          municipalityId: ctx.membership.organizationId,
          participantId: participant.id,
          staffId: participant.assignedTo ?? ctx.userId,
          source: "cadence" as const,
          // Cadence titles are message keys (followUps.cadence.*), translated when shown.
          title: s.titleKey,
          dueOn: s.dueOn,
        })),
      );
    }
    await writeAudit(tx, ctx, {
      participantId: participant.id,
      action: "work.create",
      details: { kind: input.kind, listedEmployer: employer !== null, followUps: steps.length },
    });
    return { workPeriodId: period.id, followUps: steps.length };
  });
}
