// The agreement of a placement: the page with its terms and confirmations, and saving the terms.
// Confirming them is in confirm.ts.
import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { agreements, employerRelations, participants, placements, slots, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import { UserError } from "@/lib/auth/errors";
import { actorOf } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { assertStaff } from "@/lib/participants/data";
import { mayEditTerms, requireSide } from "../access";
import type { AgreementTermsInput } from "../schemas";
import { notifyAgreementReady } from "./notify";
import { auditCtx, requireAgreementPlacement } from "./scope";

/** The agreement page: terms, the three confirmations with who and when, and the form's defaults. */
export async function agreementView(ctx: Ctx, placementId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const p = await requireAgreementPlacement(tx, ctx, placementId);
    const contact = alias(users, "contact");
    const byMunicipality = alias(users, "by_municipality");
    const byEmployer = alias(users, "by_employer");
    const byRecorder = alias(users, "by_recorder");
    const [row] = await tx
      .select({
        participantName: participants.firstName,
        participantLastName: participants.lastName,
        slotKind: slots.kind,
        slotDescription: slots.description,
        slotMentor: slots.mentorName,
        slotStartsOn: slots.startsOn,
        slotEndsOn: slots.endsOn,
        slotHours: slots.hoursPerWeek,
        slotSchemes: slots.supportSchemes,
        relationContact: employerRelations.contactUserId,
        agreement: agreements,
        contactName: contact.name,
        contactEmail: contact.email,
        contactPhone: contact.phone,
        municipalityConfirmedByName: byMunicipality.name,
        employerConfirmedByName: byEmployer.name,
        participantRecordedByName: byRecorder.name,
      })
      .from(placements)
      .innerJoin(participants, eq(participants.id, placements.participantId))
      .innerJoin(slots, eq(slots.id, placements.slotId))
      .leftJoin(
        employerRelations,
        and(
          eq(employerRelations.municipalityId, placements.municipalityId),
          eq(employerRelations.employerId, placements.employerId),
        ),
      )
      .leftJoin(agreements, eq(agreements.placementId, placements.id))
      .leftJoin(contact, eq(contact.id, agreements.municipalityContactId))
      .leftJoin(byMunicipality, eq(byMunicipality.id, agreements.municipalityConfirmedBy))
      .leftJoin(byEmployer, eq(byEmployer.id, agreements.employerConfirmedBy))
      .leftJoin(byRecorder, eq(byRecorder.id, agreements.participantConfirmationRecordedBy))
      .where(eq(placements.id, p.id));
    await writeAudit(tx, auditCtx(ctx, p.municipalityId), {
      participantId: p.participantId,
      action: actorOf(ctx) === "staff" ? "participant.read" : "proposal.read",
      details: { purpose: "agreement", placementId: p.id },
    });
    const a = row.agreement;
    return {
      placement: p,
      participantName: `${row.participantName} ${row.participantLastName}`,
      agreement: a,
      contact: a ? { name: row.contactName, email: row.contactEmail, phone: row.contactPhone } : null,
      confirmedBy: {
        municipality: row.municipalityConfirmedByName,
        employer: row.employerConfirmedByName,
        participant: row.participantRecordedByName,
      },
      editable: mayEditTerms(actorOf(ctx), p.stage),
      // What the form starts with before the first save: the slot's own terms and the employer's contact person.
      defaults: {
        tasks: a?.tasks ?? row.slotDescription,
        mentorName: a?.mentorName ?? row.slotMentor ?? "",
        startsOn: a?.startsOn ?? row.slotStartsOn,
        endsOn: a?.endsOn ?? row.slotEndsOn ?? "",
        hoursPerWeek: String(a?.hoursPerWeek ?? row.slotHours),
        followUpPlan: a?.followUpPlan ?? "",
        supportScheme: a ? (a.supportScheme ?? "none") : (row.slotSchemes[0] ?? "none"),
        municipalityContactId: a?.municipalityContactId ?? row.relationContact ?? p.createdBy ?? "",
      },
    };
  });
}

/**
 * Saves the terms. Changing terms someone has already confirmed clears every confirmation:
 * each party confirms the text as it stands. All three parties are told it is ready.
 */
export async function saveAgreementTerms(ctx: Ctx, input: AgreementTermsInput, now = new Date()): Promise<void> {
  const actor = requireSide(ctx, "staff", "agreement");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const p = await requireAgreementPlacement(tx, ctx, input.placementId);
    if (!mayEditTerms(actor, p.stage)) throw new UserError("placements.errors.agreementLocked");
    await assertStaff(tx, ctx, input.municipalityContactId, "municipalityContactId");
    const terms = {
      tasks: input.tasks,
      mentorName: input.mentorName,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      hoursPerWeek: input.hoursPerWeek,
      followUpPlan: input.followUpPlan,
      supportScheme: input.supportScheme,
      municipalityContactId: input.municipalityContactId,
    };
    const [existing] = await tx
      .select({ id: agreements.id, version: agreements.version })
      .from(agreements)
      .where(eq(agreements.placementId, p.id))
      .for("update");
    if (existing) {
      if (existing.version !== input.version) throw new UserError("placements.errors.stale");
      await tx
        .update(agreements)
        .set({
          ...terms,
          version: existing.version + 1,
          updatedAt: now,
          municipalityConfirmedAt: null,
          municipalityConfirmedBy: null,
          employerConfirmedAt: null,
          employerConfirmedBy: null,
          participantConfirmedAt: null,
          participantConfirmationMethod: null,
          participantConfirmationRecordedBy: null,
        })
        .where(eq(agreements.id, existing.id));
    } else {
      await tx.insert(agreements).values({ placementId: p.id, ...terms, createdAt: now, updatedAt: now });
    }
    await notifyAgreementReady(tx, p, input.municipalityContactId, ctx.membership.organizationName);
    await writeAudit(tx, ctx, {
      participantId: p.participantId,
      action: "agreement.save",
      details: { placementId: p.id, confirmationsReset: Boolean(existing) },
    });
  });
}
