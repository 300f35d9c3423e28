// The participant's case record and follow-up: db/schema/participants.ts, follow-up.ts, audit.ts.
import { sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import {
  auditLog,
  consents,
  contacts,
  followUps,
  municipalitySettings,
  participantExperience,
  participantLanguages,
  participantOutcomes,
  participantStatusChanges,
  participantWishes,
  participants,
  workPeriods,
} from "@/db/schema";
import { entry, root, STAFF_REFERENCE, via, type RegisterEntry } from "./model";

/**
 * What replaces a participant's personal fields. Names, contact details, origin, the case-system
 * id, the free-text education field and the area go; figures used for statistics stay (birth
 * year, Norwegian levels, education level, dates, status). The demo seed uses it too.
 */
export const ANONYMIZED_PARTICIPANT = {
  firstName: "Anonymisert",
  lastName: "",
  email: null,
  phone: null,
  countryOfOrigin: null,
  externalId: null,
  educationField: null,
  area: null,
} as const satisfies PgUpdateSetSource<typeof participants>;

const FIGURES = "Figures for statistics with nothing that names the person once the record is anonymized.";

export const caseloadRegister: RegisterEntry[] = [
  entry(participants, {
    purpose:
      "The case record of a participant in the introduction programme (integreringsloven): who they are, their skills and programme period, so staff can plan, match and follow up, and the municipality can report to IMDi's register (NIR).",
    personal: [
      participants.externalId,
      participants.firstName,
      participants.lastName,
      participants.birthYear,
      participants.email,
      participants.phone,
      participants.countryOfOrigin,
      participants.educationField,
      participants.area,
      participants.assignedTo,
    ],
    freeText: [participants.educationField, participants.area],
    participant: {
      reach: root(participants.id),
      identifiers: {
        name: [participants.firstName, participants.lastName],
        email: participants.email,
        phone: participants.phone,
        caseNumber: participants.externalId,
      },
      erasure: {
        do: "anonymize",
        set: { ...ANONYMIZED_PARTICIPANT, version: sql`${participants.version} + 1` },
        stamp: [participants.anonymizedAt, participants.updatedAt],
      },
      retention: "as_erasure",
      export: { key: "participant", single: true },
    },
    staff: STAFF_REFERENCE,
  }),
  entry(participantLanguages, {
    purpose: "Languages the participant speaks and at what level, for matching.",
    personal: [participantLanguages.participantId, participantLanguages.language, participantLanguages.level],
    freeText: [],
    participant: {
      reach: via(participantLanguages.participantId, participants.id),
      erasure: { do: "keep", why: FIGURES },
      retention: "as_erasure",
      export: { key: "languages" },
    },
  }),
  entry(participantExperience, {
    purpose: "Work experience by occupation (ISCO-08), for matching.",
    personal: [participantExperience.participantId, participantExperience.iscoCode, participantExperience.years],
    freeText: [],
    participant: {
      reach: via(participantExperience.participantId, participants.id),
      erasure: { do: "keep", why: FIGURES },
      retention: "as_erasure",
      export: { key: "experience" },
    },
  }),
  entry(participantWishes, {
    purpose:
      "The participant's own ranked occupation wishes, for matching (in IPS, the participant's preference comes first).",
    personal: [participantWishes.participantId, participantWishes.iscoCode],
    freeText: [],
    participant: {
      reach: via(participantWishes.participantId, participants.id),
      erasure: { do: "keep", why: FIGURES },
      retention: "as_erasure",
      export: { key: "wishes", orderBy: participantWishes.rank },
    },
  }),
  entry(participantStatusChanges, {
    purpose: "When the participant's programme status changed and who changed it.",
    personal: [participantStatusChanges.participantId, participantStatusChanges.changedBy],
    freeText: [],
    participant: {
      reach: via(participantStatusChanges.participantId, participants.id),
      erasure: { do: "keep", why: FIGURES },
      retention: "as_erasure",
      export: { key: "statusChanges", orderBy: participantStatusChanges.changedAt },
    },
    staff: STAFF_REFERENCE,
  }),
  entry(participantOutcomes, {
    purpose: "Work or education at programme end and one year later, for the municipality's goals and NIR.",
    personal: [participantOutcomes.participantId, participantOutcomes.reason, participantOutcomes.recordedBy],
    freeText: [participantOutcomes.reason],
    participant: {
      reach: via(participantOutcomes.participantId, participants.id),
      // The outcome is a figure; the reason (illness, parental leave…) is about the person.
      erasure: { do: "anonymize", set: { reason: null } },
      retention: "as_erasure",
      export: { key: "outcomes", orderBy: participantOutcomes.timepoint },
    },
    staff: STAFF_REFERENCE,
  }),
  entry(municipalitySettings, {
    purpose: "A municipality's retention period and caseload target.",
    personal: [],
    freeText: [],
  }),
  entry(consents, {
    purpose: "The participant's consents per scope, with date, method and who recorded or withdrew them.",
    personal: [consents.participantId, consents.recordedBy, consents.withdrawnBy],
    freeText: [],
    participant: {
      reach: via(consents.participantId, participants.id),
      // The history of consents stays as figures; none stays in force for an erased person.
      erasure: { do: "anonymize", set: {}, stampIfEmpty: [consents.withdrawnAt] },
      retention: "as_erasure",
      export: { key: "consents", orderBy: consents.recordedAt },
    },
    staff: STAFF_REFERENCE,
  }),
  entry(contacts, {
    purpose: "Follow-up contacts with a participant or an employer: when, how, why, and the staff's notes.",
    personal: [contacts.participantId, contacts.staffId, contacts.notes],
    freeText: [contacts.notes],
    participant: {
      reach: via(contacts.participantId, participants.id),
      erasure: { do: "anonymize", set: { notes: null } },
      retention: "as_erasure",
      export: { key: "contacts", orderBy: contacts.contactDate },
    },
    staff: STAFF_REFERENCE,
  }),
  entry(followUps, {
    purpose:
      "Tasks for staff by a date: a contact's next action, the IPS follow-along cadence, a lead from a career fair.",
    personal: [followUps.participantId, followUps.staffId, followUps.title],
    freeText: [followUps.title],
    participant: {
      reach: via(followUps.participantId, participants.id),
      // The title is required, so a dash stands in for it.
      erasure: { do: "anonymize", set: { title: "—" } },
      retention: "as_erasure",
      export: { key: "followUps", orderBy: followUps.dueOn },
    },
    staff: STAFF_REFERENCE,
  }),
  entry(workPeriods, {
    purpose: "The participant's jobs and internships, for follow-along and outcome figures.",
    personal: [workPeriods.participantId, workPeriods.createdBy],
    freeText: [],
    participant: {
      reach: via(workPeriods.participantId, participants.id),
      erasure: { do: "keep", why: FIGURES },
      retention: "as_erasure",
      export: { key: "workPeriods", orderBy: workPeriods.startsOn },
    },
    staff: STAFF_REFERENCE,
  }),
  entry(auditLog, {
    purpose: "Who read or changed a participant record, and when (accountability, GDPR art. 5(2)).",
    personal: [auditLog.participantId, auditLog.userId, auditLog.details],
    // details hold field names, ids and the erasure reason code; its optional text is stored
    // with the person's identifiers removed (lib/privacy/reason.ts).
    freeText: [auditLog.details],
    participant: {
      reach: via(auditLog.participantId, participants.id),
      erasure: {
        do: "keep",
        why: "Append-only (a trigger refuses changes): the fact of each read, change and the erasure itself stays, pointing at the anonymized record.",
      },
      retention: "as_erasure",
      export: { key: "auditLog", orderBy: auditLog.at },
    },
    staff: STAFF_REFERENCE,
  }),
];
