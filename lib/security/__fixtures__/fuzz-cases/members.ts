// Fuzz cases for this area's server action schemas; see lib/security/fuzz.test.ts.
import { campaignSchema, resendSchema, respondSchema, unsubscribeSchema } from "@/lib/invitations/schemas";
import { memberImportSchema } from "@/lib/members/schemas";
import type { Case } from "./case";

const ID = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";
const TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";

export const cases: Record<string, Case> = {
  importMembers: {
    schema: memberImportSchema,
    valid: { mode: "preview", file: "organisasjonsnummer;navn\n974760673;Eksempel AS", fileName: "medlemmer.csv" },
    typed: ["file"],
    max: { file: 900_000, fileName: 255, fingerprint: 64 },
    open: ["tooLarge"],
  },
  createCampaign: {
    schema: campaignSchema,
    valid: {
      eventId: ID,
      subject: "Invitasjon: Karrieretorg",
      body: "Hei!\n\nVelkommen.",
      industry: "",
      sizeBand: "",
      extra: "kari@bedrift.no\nola@bedrift.no",
    },
    typed: ["subject", "body", "extra"],
    // extra becomes a list of addresses, each checked as an email (≤ 254).
    max: { subject: 200, body: 5000, extra: 254 },
    open: ["eventId"],
  },
  resendCampaign: {
    schema: resendSchema,
    valid: { eventId: ID, campaignId: ID },
    typed: [],
    open: ["eventId", "campaignId"],
  },
  respondInvitation: { schema: respondSchema, valid: { token: TOKEN, answer: "register" }, typed: [], open: ["token"] },
  unsubscribeInvitation: { schema: unsubscribeSchema, valid: { token: TOKEN }, typed: [], open: ["token"] },
};
