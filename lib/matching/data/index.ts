// Ranked matches between open slots and participants: the SQL pre-filter picks the candidates, the
// ranking in lib/matching/rules.ts orders them.
export { PREFILTER_LIMIT } from "./sql";
export { matchesForSlot, type ParticipantMatchItem } from "./slot";
export { matchesForParticipant, type MatchBlock, type SlotMatchItem } from "./participant";
