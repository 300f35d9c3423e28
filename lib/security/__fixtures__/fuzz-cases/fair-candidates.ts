// Fuzz cases for this area's server action schemas; see lib/security/fuzz.test.ts.
import {
  candidateCancelSchema,
  candidateDeleteSchema,
  candidateShareSchema,
  candidateWishesSchema,
  employerWishSchema,
  eventCandidateSchema,
  participantWishesSchema,
  registerParticipantSchema,
  registrationSchema,
} from "@/lib/fair-candidates/schemas";
import type { Case } from "./case";

const ID = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";
const STAND = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const TOKEN = "a".repeat(43);

export const cases: Record<string, Case> = {
  registerForFair: {
    schema: registrationSchema,
    valid: {
      eventId: ID,
      rule: "vocational",
      name: "Amal Hassan",
      email: "amal@example.org",
      phone: "+47 912 34 567",
      educationLevel: "bachelor",
      educationField: "Økonomi",
      occupation0: "7411",
      occupation1: "",
      occupation2: "",
      norwegianLevel: "B1",
      englishLevel: "B2",
      countryOfOrigin: "Sudan",
      countryConsent: "on",
      dataConsent: "on",
      share: "on",
    },
    typed: ["name", "email", "phone", "educationField", "occupation0", "occupation1", "occupation2", "countryOfOrigin"],
    max: { name: 100, phone: 30, educationField: 200, countryOfOrigin: 100, occupations: 4 },
    open: ["eventId", "email"],
  },
  saveCandidateWishes: {
    schema: candidateWishesSchema,
    valid: { token: TOKEN, [`stand_${STAND}`]: "on" },
    typed: [],
    open: ["token", "standIds"],
  },
  saveCandidateSharing: {
    schema: candidateShareSchema,
    valid: { token: TOKEN, share: "on" },
    typed: [],
    open: ["token"],
  },
  cancelCandidateRegistration: { schema: candidateCancelSchema, valid: { token: TOKEN }, typed: [], open: ["token"] },
  deleteCandidateRegistration: {
    schema: candidateDeleteSchema,
    valid: { token: TOKEN, confirm: "on" },
    typed: [],
    open: ["token"],
  },
  cancelFairCandidate: {
    schema: eventCandidateSchema,
    valid: { eventId: ID, candidateId: ID },
    typed: [],
    open: ["eventId", "candidateId"],
  },
  setParticipantWishes: {
    schema: participantWishesSchema,
    valid: { eventId: ID, candidateId: ID, [`stand_${STAND}`]: "on" },
    typed: [],
    open: ["eventId", "candidateId", "standIds"],
  },
  registerFairParticipant: {
    schema: registerParticipantSchema,
    valid: { eventId: ID, participantId: ID },
    typed: [],
    open: ["eventId", "participantId"],
  },
  setEmployerWish: {
    schema: employerWishSchema,
    valid: { eventId: ID, candidateId: ID, want: "yes" },
    typed: [],
    open: ["eventId", "candidateId"],
  },
};
