import "server-only";
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Tx } from "@/db";
import {
  agreements,
  employerRelations,
  followUps,
  memberships,
  participants,
  placementEvents,
  placements,
  slots,
  users,
  workPeriods,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { hasConsent } from "@/lib/consents/data";
import { sendEmail } from "@/lib/email/data";
import { agreementReadyEmail } from "@/lib/email/templates";
import { upcomingCadence } from "@/lib/follow-ups/rules";
import { assertStaff } from "@/lib/participants/data";
import { osloDate } from "@/lib/participants/rules";
import { actorOf, appBase, auditCtx, requirePlacement, type ScopedPlacement } from "@/lib/placements/data";
import { CONTACT_STAGES } from "@/lib/placements/rules";
import type { AgreementTermsInput, ConfirmAgreementInput } from "./schemas";

async function requireAgreementPlacement(tx: Tx, ctx: Ctx, placementId: string): Promise<ScopedPlacement> {
  const p = await requirePlacement(tx, ctx, placementId);
  // Before the agreement stage there is no agreement to see, for anyone.
  if (!CONTACT_STAGES.includes(p.stage)) throw new NotFoundError("agreement");
  return p;
}

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
      contact: a ? { name: row.contactName, email: row.contactEmail } : null,
      confirmedBy: {
        municipality: row.municipalityConfirmedByName,
        employer: row.employerConfirmedByName,
        participant: row.participantRecordedByName,
      },
      editable: p.stage === "agreement" && actorOf(ctx) === "staff",
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

async function notifyAgreementReady(
  tx: Tx,
  p: ScopedPlacement,
  contactId: string,
  municipality: string,
): Promise<void> {
  const href = `${appBase()}/placements/${p.id}/agreement`;
  const staff = await tx.select({ email: users.email }).from(users).where(eq(users.id, contactId));
  const creator =
    p.createdBy && p.createdBy !== contactId
      ? await tx.select({ email: users.email }).from(users).where(eq(users.id, p.createdBy))
      : [];
  const employer = await tx
    .select({ email: users.email })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(memberships.organizationId, p.employerId), eq(memberships.role, "employer")));
  const base = { slotTitle: p.slotTitle, employerName: p.employerName, municipality };
  for (const email of new Set([...staff, ...creator, ...employer].map((r) => r.email)))
    await sendEmail(tx, agreementReadyEmail(email, { ...base, href }, "nb"));
  // The participant gets a copy only with an address and consent to be contacted by email.
  const [participant] = await tx
    .select({ email: participants.email })
    .from(participants)
    .where(eq(participants.id, p.participantId));
  if (participant?.email && (await hasConsent(tx, p.participantId, "contact_email"))) {
    await sendEmail(tx, agreementReadyEmail(participant.email, { ...base, href: null }, "nb"));
  }
}

/**
 * Saves the terms. Changing terms someone has already confirmed clears every confirmation:
 * each party confirms the text as it stands. All three parties are told it is ready.
 */
export async function saveAgreementTerms(ctx: Ctx, input: AgreementTermsInput, now = new Date()): Promise<void> {
  if (actorOf(ctx) !== "staff") throw new NotFoundError("agreement");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const p = await requireAgreementPlacement(tx, ctx, input.placementId);
    if (p.stage !== "agreement") throw new UserError("placements.errors.agreementLocked");
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
  const actor = actorOf(ctx);
  if ((input.party === "employer") !== (actor === "employer")) throw new UserError("placements.errors.notYourParty");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const p = await requireAgreementPlacement(tx, ctx, input.placementId);
    if (p.stage !== "agreement") throw new UserError("placements.errors.agreementLocked");
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
