// Slots, placements and agreements (db/schema/pipeline.ts) and the employers' people
// (db/schema/employers.ts).
import {
  agreements,
  associationMembers,
  employerContacts,
  employerRelations,
  participants,
  placementEvents,
  placements,
  slots,
} from "@/db/schema";
import { entry, STAFF_REFERENCE, via, type DescribedRules, type RegisterEntry } from "./model";

const CONTACT_PERSON: DescribedRules = {
  erasure: "Staff of the employer or association change or remove the person on request.",
  retention: "Kept while the employer's record or membership needs it.",
};

export const pipelineRegister: RegisterEntry[] = [
  entry(slots, {
    purpose: "An employer's internship slot or recruitment need.",
    personal: [slots.mentorName, slots.createdBy],
    freeText: [slots.title, slots.description, slots.otherRequirements, slots.mentorName],
    staff: STAFF_REFERENCE,
    employerContact: CONTACT_PERSON,
  }),
  entry(placements, {
    purpose: "A participant proposed for a slot, from suggestion to outcome: the pipeline.",
    personal: [placements.participantId, placements.closeReason, placements.createdBy],
    freeText: [placements.closeReason],
    participant: {
      reach: via(placements.participantId, participants.id),
      erasure: { do: "anonymize", set: { closeReason: null } },
      retention: "as_erasure",
      export: { key: "placements", orderBy: placements.createdAt },
      consentWithdrawal: {
        scope: "share_employers",
        does: "Proposals not yet a signed agreement are withdrawn (an agreement being made gives its position back); the employer sees 'no longer available'. From the commit on, no employer read shows the person before a signed agreement.",
        cascade: "withdrawProposalsBeforeSignedAgreement",
      },
    },
    staff: STAFF_REFERENCE,
  }),
  entry(placementEvents, {
    // The note of a move to "proposed" may be the consultant's message to the employer, marked so
    // (lib/placements/rules.ts); the employer sees that one note and no other.
    purpose:
      "Every move of a placement: who, when, from which stage to which, and why; with a proposal, the consultant's message to the employer.",
    personal: [placementEvents.byUserId, placementEvents.note],
    freeText: [placementEvents.note],
    participant: {
      reach: via(placementEvents.placementId, placements.id),
      erasure: { do: "anonymize", set: { note: null } },
      retention: "as_erasure",
      export: { key: "placementEvents", orderBy: placementEvents.at, nest: { as: "events" } },
    },
    staff: STAFF_REFERENCE,
  }),
  entry(agreements, {
    purpose: "The internship agreement (praksisavtale): tasks, mentor, period, follow-up plan and three confirmations.",
    personal: [
      agreements.mentorName,
      agreements.municipalityContactId,
      agreements.municipalityConfirmedBy,
      agreements.employerConfirmedBy,
      agreements.participantConfirmationRecordedBy,
    ],
    freeText: [agreements.tasks, agreements.mentorName, agreements.followUpPlan],
    participant: {
      reach: via(agreements.placementId, placements.id),
      // Dates, hours, scheme and confirmations stay as figures; the terms are free text and required.
      erasure: { do: "anonymize", set: { tasks: "—", mentorName: "—", followUpPlan: "—" } },
      retention: "as_erasure",
      export: { key: "agreements", nest: { as: "agreement", one: true } },
    },
    staff: STAFF_REFERENCE,
    employerContact: CONTACT_PERSON,
  }),
  entry(associationMembers, {
    purpose: "An employer's membership of a business association, and where its invitations go.",
    personal: [associationMembers.contactName, associationMembers.contactEmail],
    freeText: [],
    employerContact: CONTACT_PERSON,
  }),
  entry(employerRelations, {
    purpose: "The municipality's named contact person for an employer ('your contact').",
    personal: [employerRelations.contactUserId],
    freeText: [],
    staff: STAFF_REFERENCE,
  }),
  entry(employerContacts, {
    purpose: "Contact people at an employer, linked to a user once invited.",
    personal: [
      employerContacts.name,
      employerContacts.title,
      employerContacts.email,
      employerContacts.phone,
      employerContacts.userId,
      employerContacts.invitedBy,
    ],
    freeText: [],
    staff: STAFF_REFERENCE,
    employerContact: CONTACT_PERSON,
  }),
];
