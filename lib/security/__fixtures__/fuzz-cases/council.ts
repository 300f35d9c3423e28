// Fuzz cases for this area's server action schemas; see lib/security/fuzz.test.ts.
import {
  attendanceSchema,
  decisionSchema,
  editMeetingSchema,
  invitationSchema,
  meetingFormSchema,
  meetingStatusSchema,
  minutesSchema,
  removeDecisionSchema,
  reopenMinutesSchema,
  representativeActiveSchema,
  representativeSchema,
} from "@/lib/council/schemas";
import type { Case } from "./case";

const ID = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";

const meeting = {
  title: "Rådsmøte mars",
  date: "2026-03-12",
  startTime: "09:00",
  endTime: "11:00",
  venue: "Rådhuset, møterom 3",
  agendaTitle_0: "Velkommen",
  agendaOwner_0: ID,
  agendaMinutes_0: "10",
  agendaUrl_0: "https://example.no/sak.pdf",
  agendaTitle_1: "Status for målene",
  agendaOwner_1: "",
  agendaMinutes_1: "",
  agendaUrl_1: "",
};
const meetingTyped = [
  "title",
  "date",
  "startTime",
  "endTime",
  "venue",
  "agendaTitle_0",
  "agendaMinutes_0",
  "agendaUrl_0",
  "agendaTitle_1",
  "agendaMinutes_1",
  "agendaUrl_1",
];
const meetingMax = { title: 200, venue: 200, attachmentUrl: 500 };

export const cases: Record<string, Case> = {
  createMeeting: { schema: meetingFormSchema, valid: meeting, typed: meetingTyped, max: meetingMax },
  updateMeeting: {
    schema: editMeetingSchema,
    valid: { ...meeting, id: ID, version: "3" },
    typed: meetingTyped,
    max: meetingMax,
    open: ["id"],
  },
  setMeetingStatus: {
    schema: meetingStatusSchema,
    valid: { id: ID, version: "1", status: "held" },
    typed: [],
    open: ["id"],
  },
  sendInvitation: { schema: invitationSchema, valid: { id: ID, version: "1", again: "yes" }, typed: [], open: ["id"] },
  saveMinutes: {
    schema: minutesSchema,
    valid: { id: ID, version: "1", minutes: "## Sak 1\nVedtatt.", intent: "approve" },
    typed: ["minutes"],
    max: { minutes: 20_000 },
    open: ["id"],
  },
  reopenMinutes: { schema: reopenMinutesSchema, valid: { id: ID, version: "2" }, typed: [], open: ["id"] },
  saveDecision: {
    schema: decisionSchema,
    valid: { meetingId: ID, decisionId: "", text: "Rådet vedtar planen." },
    typed: ["text"],
    max: { text: 2000 },
    open: ["meetingId"],
  },
  removeDecision: {
    schema: removeDecisionSchema,
    valid: { meetingId: ID, decisionId: ID },
    typed: [],
    open: ["meetingId"],
  },
  saveAttendance: {
    schema: attendanceSchema,
    valid: { meetingId: ID, [`present_${ID}`]: "on" },
    typed: [],
    open: ["meetingId", "presentIds"],
  },
  addRepresentative: {
    schema: representativeSchema,
    valid: { name: "Kari Nordmann", email: "kari@example.no", title: "Rådgiver", organizationId: ID, userId: "" },
    typed: ["name", "email", "title"],
    max: { name: 120, title: 120 },
    open: ["email", "organizationId"],
  },
  setRepresentativeActive: {
    schema: representativeActiveSchema,
    valid: { representativeId: ID, active: "no" },
    typed: [],
  },
};
