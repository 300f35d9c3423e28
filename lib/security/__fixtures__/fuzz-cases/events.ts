// Fuzz cases for this area's server action schemas; see lib/security/fuzz.test.ts.
import { editEventSchema, eventFormSchema, eventStatusSchema } from "@/lib/events/schemas";
import { cancelStandSchema, standFormSchema, standNumberSchema } from "@/lib/stands/schemas";
import type { Case } from "./case";

const ID = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";

const event = {
  kind: "career_fair",
  title: "Internasjonalt karrieretorg",
  description: "Møt bedrifter",
  date: "2026-10-15",
  startTime: "09:00",
  endTime: "15:00",
  venue: "Grieghallen",
  capacity: "150",
  standCapacity: "20",
  registrationOpens: "2026-08-01",
  registrationCloses: "2026-10-08",
  minEducation: "vocational",
  interviewStart: "10:00",
  interviewMinutes: "15",
  interviewRounds: "12",
  [`cohost_${ID}`]: "on",
};
const eventTyped = [
  "title",
  "description",
  "date",
  "startTime",
  "endTime",
  "venue",
  "capacity",
  "standCapacity",
  "registrationOpens",
  "registrationCloses",
  "interviewStart",
  "interviewMinutes",
  "interviewRounds",
];
const eventMax = { title: 120, description: 3000, venue: 200 };

const stand = {
  eventId: ID,
  representatives: "3",
  tables: "2",
  occ0: "Carpenters and joiners (7115)",
  occ1: "9313",
  occ2: "",
  [`slot_${ID}`]: "on",
};

export const cases: Record<string, Case> = {
  createEvent: { schema: eventFormSchema, valid: event, typed: eventTyped, max: eventMax, open: ["cohostIds"] },
  updateEvent: {
    schema: editEventSchema,
    valid: { ...event, id: ID, version: "1" },
    typed: eventTyped,
    max: eventMax,
    open: ["id", "cohostIds"],
  },
  setEventStatus: {
    schema: eventStatusSchema,
    valid: { id: ID, version: "1", status: "published" },
    typed: [],
    open: ["id"],
  },
  saveStand: {
    schema: standFormSchema,
    valid: stand,
    typed: ["representatives", "tables", "occ0", "occ1", "occ2"],
    open: ["eventId", "slotIds"],
  },
  cancelStand: { schema: cancelStandSchema, valid: { eventId: ID }, typed: [], open: ["eventId"] },
  setStandNumber: {
    schema: standNumberSchema,
    valid: { eventId: ID, standId: ID, standNumber: "A12" },
    typed: ["standNumber"],
    max: { standNumber: 10 },
    open: ["eventId", "standId"],
  },
};
