// The cooperation council (db/schema/council.ts): organizations and their representatives,
// meetings, minutes, action items and goals. No participant is named here; minutes and comments
// are free text about the council's work.
import {
  councilActionComments,
  councilActionItems,
  councilAgendaItems,
  councilAttendance,
  councilCommitments,
  councilDecisions,
  councilGoalReports,
  councilGoals,
  councilMeetings,
  councilMembers,
  councilRepresentatives,
  councils,
} from "@/db/schema";
import { entry, STAFF_REFERENCE, type DescribedRules, type RegisterEntry } from "./model";

const REPRESENTATIVE: DescribedRules = {
  erasure: "The secretariat marks a representative inactive or removes them; attendance goes with them.",
  retention: "Kept while the council's history refers to the person.",
};

export const councilRegister: RegisterEntry[] = [
  entry(councils, { purpose: "A cooperation council, its chair and secretariat.", personal: [], freeText: [] }),
  entry(councilMembers, { purpose: "Member organizations of a council.", personal: [], freeText: [] }),
  entry(councilRepresentatives, {
    purpose: "Named representatives of member organizations, for invitations and attendance.",
    personal: [
      councilRepresentatives.userId,
      councilRepresentatives.name,
      councilRepresentatives.email,
      councilRepresentatives.title,
    ],
    freeText: [],
    staff: REPRESENTATIVE,
  }),
  entry(councilMeetings, {
    purpose: "Council meetings and their minutes.",
    personal: [councilMeetings.minutesApprovedBy, councilMeetings.createdBy],
    freeText: [councilMeetings.title, councilMeetings.venue, councilMeetings.minutes],
    staff: STAFF_REFERENCE,
  }),
  entry(councilAgendaItems, {
    purpose: "Agenda items of a meeting and the organization presenting each.",
    personal: [],
    freeText: [councilAgendaItems.title, councilAgendaItems.attachmentUrl],
  }),
  entry(councilDecisions, { purpose: "Decisions of a meeting.", personal: [], freeText: [councilDecisions.text] }),
  entry(councilAttendance, {
    purpose: "Which representatives attended a meeting.",
    personal: [councilAttendance.representativeId, councilAttendance.present],
    freeText: [],
    staff: REPRESENTATIVE,
  }),
  entry(councilActionItems, {
    purpose: "Action items with an owner and a due date.",
    personal: [councilActionItems.ownerName, councilActionItems.ownerRepresentativeId, councilActionItems.createdBy],
    freeText: [councilActionItems.title, councilActionItems.ownerName],
    staff: STAFF_REFERENCE,
  }),
  entry(councilActionComments, {
    purpose: "Comments on action items.",
    personal: [councilActionComments.userId],
    freeText: [councilActionComments.body],
    staff: STAFF_REFERENCE,
  }),
  entry(councilGoals, {
    purpose: "Shared goals with baseline, target and deadline.",
    personal: [councilGoals.createdBy],
    freeText: [councilGoals.title, councilGoals.why],
    staff: STAFF_REFERENCE,
  }),
  entry(councilGoalReports, {
    purpose: "Reported figures of manually measured goals.",
    personal: [councilGoalReports.reportedBy],
    freeText: [councilGoalReports.note],
    staff: STAFF_REFERENCE,
  }),
  entry(councilCommitments, {
    purpose: "What each member organization commits to a goal.",
    personal: [councilCommitments.updatedBy],
    freeText: [councilCommitments.description],
    staff: STAFF_REFERENCE,
  }),
];
