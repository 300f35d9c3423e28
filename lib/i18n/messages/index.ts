// Messages are split by area so each area owns its own file: messages/<locale>/<area>.json,
// each holding one top-level namespace (or several for core). Add a new area to both lists.
import enAccount from "./en/account.json";
import enCore from "./en/core.json";
import enEmployers from "./en/employers.json";
import enPlacements from "./en/placements.json";
import enSlots from "./en/slots.json";
import enFidelity from "./en/fidelity.json";
import enFollowUps from "./en/followUps.json";
import enLogging from "./en/logging.json";
import enParticipantImport from "./en/participantImport.json";
import enParticipants from "./en/participants.json";
import enPeople from "./en/people.json";
import enRetention from "./en/retention.json";
import nbAccount from "./nb/account.json";
import nbCore from "./nb/core.json";
import nbEmployers from "./nb/employers.json";
import nbPlacements from "./nb/placements.json";
import nbSlots from "./nb/slots.json";
import nbFidelity from "./nb/fidelity.json";
import nbFollowUps from "./nb/followUps.json";
import nbLogging from "./nb/logging.json";
import nbParticipantImport from "./nb/participantImport.json";
import nbParticipants from "./nb/participants.json";
import nbPeople from "./nb/people.json";
import nbRetention from "./nb/retention.json";
import enMembers from "./en/members.json";
import enEvents from "./en/events.json";
import enFairCandidates from "./en/fairCandidates.json";
import enInterviews from "./en/interviews.json";
import enFairDay from "./en/fairDay.json";
import nbMembers from "./nb/members.json";
import nbEvents from "./nb/events.json";
import nbFairCandidates from "./nb/fairCandidates.json";
import nbInterviews from "./nb/interviews.json";
import nbFairDay from "./nb/fairDay.json";
import enCouncil from "./en/council.json";
import enGoals from "./en/goals.json";
import enDashboard from "./en/dashboard.json";
import enReports from "./en/reports.json";
import nbCouncil from "./nb/council.json";
import nbGoals from "./nb/goals.json";
import nbDashboard from "./nb/dashboard.json";
import nbReports from "./nb/reports.json";
import enActionItems from "./en/actionItems.json";
import nbActionItems from "./nb/actionItems.json";
import enAdmin from "./en/admin.json";
import nbAdmin from "./nb/admin.json";
import enCouncilAdmin from "./en/councilAdmin.json";
import nbCouncilAdmin from "./nb/councilAdmin.json";
import enAccessibility from "./en/accessibility.json";
import nbAccessibility from "./nb/accessibility.json";

export const messages = {
  nb: {
    ...nbCore,
    ...nbParticipants,
    ...nbFollowUps,
    ...nbFidelity,
    ...nbParticipantImport,
    ...nbRetention,
    ...nbEmployers,
    ...nbSlots,
    ...nbPlacements,
    ...nbPeople,
    ...nbAccount,
    ...nbLogging,
    ...nbMembers,
    ...nbEvents,
    ...nbFairCandidates,
    ...nbInterviews,
    ...nbFairDay,
    ...nbCouncil,
    ...nbGoals,
    ...nbDashboard,
    ...nbReports,
    ...nbActionItems,
    ...nbAdmin,
    ...nbCouncilAdmin,
    ...nbAccessibility,
  },
  en: {
    ...enCore,
    ...enParticipants,
    ...enFollowUps,
    ...enFidelity,
    ...enParticipantImport,
    ...enRetention,
    ...enEmployers,
    ...enSlots,
    ...enPlacements,
    ...enPeople,
    ...enAccount,
    ...enLogging,
    ...enMembers,
    ...enEvents,
    ...enFairCandidates,
    ...enInterviews,
    ...enFairDay,
    ...enCouncil,
    ...enGoals,
    ...enDashboard,
    ...enReports,
    ...enActionItems,
    ...enAdmin,
    ...enCouncilAdmin,
    ...enAccessibility,
  },
};
