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
  retention:
    "Deleted with the registration (foreign key cascade) when the retention job deletes it, FAIR_CANDIDATE_RETENTION_MONTHS (default 6) after the fair: deletePublicCandidates in lib/retention/data/fair-candidates.ts.",
};

const INVITED_ADDRESS: DescribedRules = {
  erasure: "Association staff remove the address on request.",
  retention:
    "Once the event has ended, the retention job deletes a recipient who did not answer, said no or unsubscribed, when the address is not (any longer) a contact address in the association's member list; one who said yes (or whose company has a stand) is kept as the exhibitor's contact. isRecipientPastRetention in lib/retention/rules.ts, deleteInvitationRecipients in lib/retention/data/invitations.ts; a past campaign's counts then count the recipients left.",
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
      retention:
        "Kept while the association uses Lagspill; the retention job never deletes it, since it stops future invitations.",
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
      retention:
        "The retention job deletes the registration FAIR_CANDIDATE_RETENTION_MONTHS (default 6) after the fair ends, with its wishes, interviews, leads and manage links (cascade), and empties the outbox messages addressed to or naming the candidate unless the address has a registration that stays. It is kept while one of its leads is in the pipeline (a placement or a follow-up refers to it: keepsPublicRegistration in lib/retention/rules.ts). deletePublicCandidates in lib/retention/data/fair-candidates.ts. The fair report of an older fair then counts only the registrations left.",
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
      retention:
        "Expire when the event ends; deleted 7 days after expiry (deleteExpiredAccessTokens in lib/retention/data/access-tokens.ts) or with the recipient.",
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
