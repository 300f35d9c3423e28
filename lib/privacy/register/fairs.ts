// Events, invitations and career fairs (db/schema/events.ts).
import {
  accessTokens,
  eventCohosts,
  events,
  fairCandidates,
  fairInterviews,
  fairLeads,
  fairStandSlots,
  fairStands,
  fairWishes,
  invitationCampaigns,
  invitationRecipients,
  invitationUnsubscribes,
  participants,
} from "@/db/schema";
import { entry, STAFF_REFERENCE, via, type DescribedRules, type RegisterEntry } from "./model";

/** A public candidate's rows go with their registration. */
const WITH_REGISTRATION: DescribedRules = {
  erasure: "Deleted with the registration (foreign key cascade) when the candidate deletes it from their manage link.",
  retention: "Planned (issue 12): deleted with the registration a set time after the fair.",
};

const INVITED_ADDRESS: DescribedRules = {
  erasure: "Association staff remove the address on request.",
  retention:
    "Planned (issue 12): an unsubscribed or unanswered recipient's address is kept only as long as the member record needs it.",
};

export const fairsRegister: RegisterEntry[] = [
  entry(events, {
    purpose: "An association's event or career fair: time, venue, capacity, eligibility, schedule.",
    personal: [events.createdBy],
    freeText: [events.title, events.description, events.venue],
    staff: STAFF_REFERENCE,
  }),
  entry(eventCohosts, {
    purpose: "Organizations co-hosting an event.",
    personal: [],
    freeText: [],
  }),
  entry(invitationUnsubscribes, {
    purpose: "Addresses that asked an association to send no more invitations, so they never get one again.",
    personal: [invitationUnsubscribes.email],
    freeText: [],
    employerContact: {
      erasure: "Kept: deleting it would let invitations start again.",
      retention: "Kept while the association uses Lagspill.",
    },
  }),
  entry(invitationCampaigns, {
    purpose: "An invitation to an event sent to member companies.",
    personal: [invitationCampaigns.createdBy],
    freeText: [invitationCampaigns.subject, invitationCampaigns.body],
    staff: STAFF_REFERENCE,
  }),
  entry(invitationRecipients, {
    purpose: "Who an invitation went to and whether they answered.",
    personal: [invitationRecipients.email],
    freeText: [],
    employerContact: INVITED_ADDRESS,
  }),
  entry(fairStands, {
    purpose: "An employer's stand at a career fair and the occupations it recruits for.",
    personal: [fairStands.registeredBy],
    freeText: [fairStands.standNumber],
    staff: STAFF_REFERENCE,
  }),
  entry(fairStandSlots, {
    purpose: "Slots an employer brings to a fair.",
    personal: [],
    freeText: [],
  }),
  entry(fairCandidates, {
    purpose:
      "A candidate at a career fair: a participant registered by staff (a snapshot of consented fields) or a public registrant, shown to exhibitors with consent and scheduled for speed interviews.",
    personal: [
      fairCandidates.participantId,
      fairCandidates.registeredBy,
      fairCandidates.name,
      fairCandidates.email,
      fairCandidates.phone,
      fairCandidates.educationLevel,
      fairCandidates.educationField,
      fairCandidates.occupations,
      fairCandidates.norwegianLevel,
      fairCandidates.englishLevel,
      fairCandidates.countryOfOrigin,
      fairCandidates.checkedInAt,
    ],
    freeText: [fairCandidates.name, fairCandidates.educationField],
    participant: {
      reach: via(fairCandidates.participantId, participants.id),
      // The snapshot may spell the name as it was when the person was registered.
      identifiers: { name: [fairCandidates.name], email: fairCandidates.email, phone: fairCandidates.phone },
      // Status, education level, check-in and no-show stay: the fair report counts them.
      erasure: {
        do: "anonymize",
        set: {
          name: "Anonymisert",
          email: null,
          phone: null,
          educationField: null,
          occupations: [],
          countryOfOrigin: null,
          countryConsent: false,
          shareWithExhibitors: false,
        },
        stamp: [fairCandidates.updatedAt],
      },
      retention: "as_erasure",
      export: { key: "fairRegistrations", orderBy: fairCandidates.registeredAt },
      consentWithdrawal: {
        scope: "share_fair_exhibitors",
        does: "Registrations for fairs not yet over are cancelled (the waitlist moves up) and the organizer is told by count, never by name. From the commit on, no read names the person to the fair's employers or organizer.",
        cascade: "cancelUpcomingFairRegistrations",
      },
    },
    publicCandidate: {
      erasure:
        "The candidate deletes the registration from their manage link; the row goes, and with it wishes, interviews and leads.",
      retention: "Planned (issue 12): deleted a set time after the fair unless it became a participant's lead.",
    },
    staff: STAFF_REFERENCE,
  }),
  entry(fairWishes, {
    purpose: "Whom a candidate wants to meet at a fair and whom an employer wants to meet, for the scheduler.",
    personal: [fairWishes.candidateId],
    freeText: [],
    participant: {
      reach: via(fairWishes.candidateId, fairCandidates.id),
      // A wish is the person's preference and no fair figure counts it.
      erasure: { do: "delete" },
      retention: "as_erasure",
      export: { key: "fairWishes", orderBy: fairWishes.createdAt },
    },
    publicCandidate: WITH_REGISTRATION,
  }),
  entry(fairInterviews, {
    purpose: "A speed interview: a candidate at a stand's table in a round.",
    personal: [fairInterviews.candidateId],
    freeText: [],
    participant: {
      reach: via(fairInterviews.candidateId, fairCandidates.id),
      erasure: {
        do: "keep",
        why: "The fair report counts interviews; the row names nobody once the registration is anonymized.",
      },
      retention: "as_erasure",
      export: { key: "fairInterviews", orderBy: fairInterviews.round },
      consentWithdrawal: {
        scope: "share_fair_exhibitors",
        does: "Interviews of a schedule not yet published are removed; published ones are shown to the employer as cancelled, without the name.",
        cascade: "cancelUpcomingFairRegistrations",
      },
    },
    publicCandidate: WITH_REGISTRATION,
  }),
  entry(accessTokens, {
    purpose:
      "Keys of the links in email to people without an account (a fair registration's manage link, an invitation's answer link): a hash and an expiry, never the link itself.",
    personal: [accessTokens.fairCandidateId, accessTokens.invitationRecipientId],
    freeText: [],
    participant: {
      reach: via(accessTokens.fairCandidateId, fairCandidates.id),
      // The links of an erased person's registration stop working.
      erasure: { do: "delete" },
      retention: "as_erasure",
      export: { key: "accessLinks", orderBy: accessTokens.createdAt },
    },
    publicCandidate: WITH_REGISTRATION,
    employerContact: {
      erasure: "Deleted with the recipient, and voided when the recipient unsubscribes.",
      retention: "Expire when the event ends; deleted with the recipient.",
    },
  }),
  entry(fairLeads, {
    purpose: "An employer's evaluation of a candidate after a fair: the lead into the pipeline.",
    personal: [fairLeads.candidateId, fairLeads.note, fairLeads.createdBy],
    freeText: [fairLeads.note],
    participant: {
      reach: via(fairLeads.candidateId, fairCandidates.id),
      erasure: { do: "anonymize", set: { note: null } },
      retention: "as_erasure",
      export: { key: "fairLeads", orderBy: fairLeads.createdAt },
    },
    publicCandidate: WITH_REGISTRATION,
    staff: STAFF_REFERENCE,
  }),
];
