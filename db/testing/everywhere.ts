// A participant who has been everywhere Lagspill stores anything about a person: the record
// and its figures, consents, contacts and follow-ups, placements with notes and an agreement, a
// fair registration with wishes, a published interview and a lead, emails to them and about
// them, and audit entries. For the privacy data tests (erasure, retention, export); it needs
// the demo seed for the municipality, staff, employers and association.
import { eq } from "drizzle-orm";
import type { Db } from "../index";
import {
  agreements,
  auditLog,
  consents,
  contacts,
  emailAttempts,
  emailOutbox,
  fairLeads,
  fairWishes,
  followUps,
  participantExperience,
  participantLanguages,
  participantOutcomes,
  participantStatusChanges,
  participantWishes,
  participants,
  placementEvents,
  placements,
  workPeriods,
} from "../schema";
import { stableId } from "../seed/ids";
import { addCandidate, addInterview, addStand, makeFair } from "./fair";
import { EMAILS, insertPlacement, insertSlot } from "./placements";

/** Made-up identifiers found nowhere in the demo data, so a search for them finds only this person. */
export const EVERYWHERE = {
  firstName: "Tsehaytu",
  lastName: "Kidanemariam-Ulriksen",
  email: "tsehaytu.ku@privacy.example",
  phone: "+47 987 65 432",
  externalId: "BGO-PRIV-4242",
} as const;
export const EVERYWHERE_NAME = `${EVERYWHERE.firstName} ${EVERYWHERE.lastName}`;

export interface Everywhere {
  participantId: string;
  candidateId: string;
  placementIds: string[];
  /** Emails addressed to the person, and one to staff that names them. */
  emailIds: string[];
  digestId: string;
  /** An email to staff about someone else: erasure must leave it. */
  unrelatedEmailId: string;
}

export async function buildEverywhere(
  db: Db,
  opts: { status?: "enrolled" | "completed"; programmeEnd?: string } = {},
): Promise<Everywhere> {
  const municipalityId = stableId("org:bergen-kommune");
  const jonas = stableId(`user:${EMAILS.jonas}`);
  const torstein = stableId(`user:${EMAILS.torstein}`);
  const who = EVERYWHERE_NAME;
  const [p] = await db
    .insert(participants)
    .values({
      municipalityId,
      ...EVERYWHERE,
      birthYear: 1991,
      countryOfOrigin: "Eritrea",
      norwegianSpeaking: "B1",
      educationLevel: "vocational",
      educationField: `Helsefag (${who})`,
      area: "Årstad",
      programmeStart: "2019-01-07",
      programmeEnd: opts.programmeEnd ?? "2027-06-30",
      status: opts.status ?? "enrolled",
      assignedTo: jonas,
      enrolledAt: "2019-01-07",
    })
    .returning({ id: participants.id });
  const participantId = p.id;
  await db.insert(participantLanguages).values({ participantId, language: "ti", level: "C2" });
  await db.insert(participantExperience).values({ participantId, iscoCode: "5322", years: 3 });
  await db.insert(participantWishes).values({ participantId, iscoCode: "5322", rank: 1 });
  await db.insert(participantStatusChanges).values({ participantId, toStatus: "enrolled", changedBy: jonas });
  await db.insert(participantOutcomes).values({
    participantId,
    timepoint: "programme_end",
    outcome: "neither",
    reason: `${who} ble syk, ring ${EVERYWHERE.phone}`,
    recordedBy: jonas,
  });
  for (const scope of ["share_employers", "share_fair_exhibitors", "contact_email"] as const)
    await db
      .insert(consents)
      .values({ participantId, scope, givenOn: "2026-01-05", method: "signed_form", recordedBy: jonas });
  const [contact] = await db
    .insert(contacts)
    .values({
      municipalityId,
      participantId,
      staffId: jonas,
      kind: "participant",
      channel: "phone",
      purpose: "follow_along",
      faceToFace: false,
      contactDate: "2026-02-01",
      notes: `${who} (${EVERYWHERE.externalId}) snakket om helse; nås på ${EVERYWHERE.email}`,
    })
    .returning({ id: contacts.id });
  await db.insert(followUps).values({
    municipalityId,
    participantId,
    staffId: jonas,
    source: "next_action",
    title: `Ring ${who} på ${EVERYWHERE.phone}`,
    dueOn: "2026-03-01",
    fromContactId: contact.id,
  });
  await db
    .insert(workPeriods)
    .values({ participantId, kind: "job", employerName: "Fjordkanten Bygg AS", startsOn: "2025-01-01" });

  // Placements: one at the agreement, one declined with a reason, each with a history note.
  const agreed = await insertPlacement(db, await insertSlot(db), participantId, "agreement");
  const declined = await insertPlacement(db, await insertSlot(db), participantId, "declined_by_employer");
  await db
    .update(placements)
    .set({ closeReason: `${who} svarte ikke` })
    .where(eq(placements.id, declined));
  for (const placementId of [agreed, declined])
    await db
      .insert(placementEvents)
      .values({ placementId, toStage: "proposed", byUserId: jonas, note: `Foreslått: ${who}, ${EVERYWHERE.phone}` });
  await db.insert(agreements).values({
    placementId: agreed,
    tasks: `${who} rydder og bærer`,
    mentorName: "Kari Mentor",
    startsOn: "2026-04-06",
    hoursPerWeek: 30,
    followUpPlan: `Ring ${who} hver uke på ${EVERYWHERE.phone}`,
  });

  // The fair: registered, wishes both ways, a published interview and a lead.
  const eventId = await makeFair(db);
  const standId = await addStand(db, eventId, "bergen-employer-1");
  const candidateId = await addCandidate(db, eventId, {
    participantId,
    registeredBy: jonas,
    name: who,
    email: EVERYWHERE.email,
    phone: EVERYWHERE.phone,
    educationField: "Helsefag",
    occupations: ["5322"],
    countryOfOrigin: "Eritrea",
    countryConsent: true,
    shareWithExhibitors: true,
  });
  await db.insert(fairWishes).values([
    { eventId, candidateId, standId, by: "candidate" },
    { eventId, candidateId, standId, by: "employer" },
  ]);
  await addInterview(db, eventId, candidateId, standId);
  await db.insert(fairLeads).values({
    eventId,
    candidateId,
    standId,
    kind: "internship",
    note: `${who} var flink, ring ${EVERYWHERE.phone}`,
    createdBy: torstein,
  });

  // Emails: one delivered to them (with a failed first attempt), one still pending, a staff
  // digest that names them, and one to staff about nobody in particular.
  const mail = (to: string, subject: string, text: string, status: "sent" | "pending" = "sent") => ({
    toAddress: to,
    subject,
    textBody: text,
    htmlBody: `<p>${text}</p>`,
    template: "test",
    status,
    sentAt: status === "sent" ? new Date("2026-02-02T10:00:00Z") : null,
  });
  const rows = await db
    .insert(emailOutbox)
    .values([
      mail(EVERYWHERE.email, "Timeplanen din", `Hei ${who}, se timeplanen din.`),
      mail(EVERYWHERE.email.toUpperCase(), "Påminnelse", "Husk karrieretorget i morgen.", "pending"),
      mail(EMAILS.jonas, "Oppgaver denne uken", `Ring ${who} (${EVERYWHERE.externalId}).`),
      mail(EMAILS.jonas, "Oppgaver neste uke", "Ingen oppgaver."),
    ])
    .returning({ id: emailOutbox.id });
  await db
    .insert(emailAttempts)
    .values({ emailId: rows[0].id, ok: false, error: `550 mailbox ${EVERYWHERE.email} busy` });
  await db.insert(auditLog).values({ municipalityId, participantId, userId: jonas, action: "participant.read" });
  return {
    participantId,
    candidateId,
    placementIds: [agreed, declined],
    emailIds: [rows[0].id, rows[1].id],
    digestId: rows[2].id,
    unrelatedEmailId: rows[3].id,
  };
}
