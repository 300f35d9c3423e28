// Fuzz cases for this area's server action schemas; see lib/security/fuzz.test.ts.
import { checkInSchema, markNoShowsSchema, walkInSchema } from "@/lib/check-in/schemas";
import { markLeadHandledSchema, saveLeadSchema } from "@/lib/leads/schemas";
import type { Case } from "./case";

const ID = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";

export const cases: Record<string, Case> = {
  checkIn: {
    schema: checkInSchema,
    valid: { eventId: ID, candidateId: ID, undo: "1" },
    typed: [],
    open: ["eventId", "candidateId"],
  },
  walkIn: {
    schema: walkInSchema,
    valid: {
      eventId: ID,
      name: "Amina Yusuf",
      email: "amina@example.no",
      phone: "+47 912 34 567",
      educationLevel: "vocational",
      occupation: "Carpenters and joiners (7115)",
    },
    typed: ["name", "email", "phone", "occupation"],
    max: { name: 200, email: 254, phone: 30 },
    open: ["eventId"],
  },
  markNoShows: {
    schema: markNoShowsSchema,
    valid: { eventId: ID, confirm: "on" },
    typed: [],
    open: ["eventId"],
  },
  saveLead: {
    schema: saveLeadSchema,
    valid: { eventId: ID, candidateId: ID, kind: "follow_up_interview", note: "Snakket om sveising", slotId: ID },
    typed: ["note"],
    max: { note: 1000 },
    open: ["eventId", "candidateId", "slotId"],
  },
  markLeadHandled: {
    schema: markLeadHandledSchema,
    valid: { eventId: ID, id: ID },
    typed: [],
    open: ["eventId", "id"],
  },
};
