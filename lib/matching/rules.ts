// Explainable matching between participants and slots. Pure: no db, no next/*; `today` is a parameter.
// Each result carries its score parts (with the reason for each) and warnings, so the
// consultant sees why, and decides: nothing is ever sent to an employer from here.
import type { Cefr } from "@/db/schema/participants";
import { iscoDistance } from "@/lib/occupations/rules";
import { CEFR_LEVELS, cefrAtLeast } from "@/lib/participants/rules";

/** The weights of the score parts, in points out of 100. The one place they live. */
export const MATCH_WEIGHTS = {
  occupation: 50,
  norwegian: 20,
  area: 10,
  hours: 10,
  timeLeft: 10,
} as const;

/**
 * Share of the occupation points by ISCO distance: same unit group (4 digits), minor group (3),
 * sub-major group (2), then nothing. Sharing only the major group (1 digit) says little: cooks,
 * shop sales and child care are all in group 5, so it gives no credit.
 */
export const DISTANCE_FIT = [1, 0.75, 0.5, 0, 0] as const;
/** The ISCO digits two codes must share for any occupation credit: the sub-major group. */
export const CREDITED_PREFIX = 2;
/** The participant's own preference comes first (IPS): wish 1 counts fully, later wishes less. */
export const WISH_RANK_FIT = [1, 0.85, 0.7] as const;
/** Experience counts after every wish of the same distance. */
export const EXPERIENCE_FIT = 0.6;
/** Norwegian one level below the requirement still gets this share, with a warning. */
export const NORWEGIAN_ONE_BELOW_FIT = 0.4;
/** A participant who can work less than this share of the slot's hours is not available for it. */
export const MIN_HOURS_SHARE = 0.5;
/** An open-ended slot (a permanent job) needs this many months of programme left to count as covered. */
export const OPEN_ENDED_MONTHS = 6;

export interface MatchSlot {
  id: string;
  iscoCode: string;
  norwegianRequired: Cefr | null;
  requiresDrivingLicence: boolean;
  area: string | null;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number;
}

export interface MatchParticipant {
  id: string;
  /** ISCO unit groups, wish 1 first. */
  wishes: string[];
  experience: { iscoCode: string; years: number }[];
  norwegianSpeaking: Cefr | null;
  drivingLicence: boolean;
  area: string | null;
  hoursPerWeek: number | null;
  availableFrom: string | null;
  programmeEnd: string;
  hasConsent: boolean;
  inActivePlacement: boolean;
}

export type Exclusion =
  | "noConsent"
  | "activePlacement"
  | "noLicence"
  | "notAvailable"
  | "tooFewHours"
  | "programmeEnded"
  | "programmeEndsBeforeStart";

/** Why an occupation gets credit: same unit group (0), same minor group (1), same sub-major group (2). */
export type CreditedDistance = 0 | 1 | 2;

export type OccupationReason =
  | { code: "wish"; rank: number; distance: CreditedDistance; iscoCode: string }
  | { code: "experience"; years: number; distance: CreditedDistance; iscoCode: string }
  | { code: "none" };
export type NorwegianReason = {
  code: "noRequirement" | "meets" | "oneBelow" | "below" | "unknown";
  level: Cefr | null;
  required: Cefr | null;
};
/** `area` is the slot's, `own` the participant's, so both can be shown side by side. */
export type AreaReason = { code: "same" | "different" | "unknown"; area: string | null; own: string | null };
export type HoursReason = { code: "enough" | "fewer" | "unknown"; hours: number | null; required: number };
export type TimeLeftReason = { code: "covers" | "partly" | "endsBefore"; programmeEnd: string };

export type MatchPart =
  | { key: "occupation"; points: number; max: number; reason: OccupationReason }
  | { key: "norwegian"; points: number; max: number; reason: NorwegianReason }
  | { key: "area"; points: number; max: number; reason: AreaReason }
  | { key: "hours"; points: number; max: number; reason: HoursReason }
  | { key: "timeLeft"; points: number; max: number; reason: TimeLeftReason };

export type MatchWarning =
  | { code: "norwegianBelow"; level: Cefr | null; required: Cefr }
  | { code: "programmeEndsBeforeSlotEnd"; programmeEnd: string }
  | { code: "fewerHours"; hours: number; required: number }
  | { code: "availableLater"; availableFrom: string };

export interface Match<T> {
  item: T;
  score: number;
  parts: MatchPart[];
  warnings: MatchWarning[];
}

/** Points are whole numbers, so the parts shown add up to the score shown. */
const whole = (n: number) => Math.round(n);
const daysBetween = (a: string, b: string) =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
const addDays = (d: string, days: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const maxDate = (...ds: (string | null)[]) =>
  ds
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1) as string;

/** The day the participant could start in the slot. */
function startDay(slot: MatchSlot, p: MatchParticipant, today: string): string {
  return maxDate(slot.startsOn, today, p.availableFrom);
}

/** Why a participant cannot be matched with a slot at all, or null when they can. */
export function exclusion(slot: MatchSlot, p: MatchParticipant, today: string): Exclusion | null {
  if (!p.hasConsent) return "noConsent";
  if (p.inActivePlacement) return "activePlacement";
  if (slot.requiresDrivingLicence && !p.drivingLicence) return "noLicence";
  if (p.programmeEnd < today) return "programmeEnded";
  if (slot.endsOn && (slot.endsOn < today || startDay(slot, p, today) > slot.endsOn)) return "notAvailable";
  if (p.hoursPerWeek != null && p.hoursPerWeek < slot.hoursPerWeek * MIN_HOURS_SHARE) return "tooFewHours";
  // Last, so the count of these on the matches page is of people who would otherwise be shown.
  if (p.programmeEnd < startDay(slot, p, today)) return "programmeEndsBeforeStart";
  return null;
}

/** The ISCO distance when it earns occupation credit (same sub-major group or closer), else null. */
export function creditedDistance(a: string, b: string): CreditedDistance | null {
  const distance = iscoDistance(a, b);
  return distance <= 2 ? (distance as CreditedDistance) : null;
}

function occupationPart(slot: MatchSlot, p: MatchParticipant): MatchPart {
  let best: { fit: number; reason: OccupationReason } = { fit: 0, reason: { code: "none" } };
  p.wishes.forEach((code, i) => {
    const distance = creditedDistance(code, slot.iscoCode);
    if (distance === null) return;
    const fit = DISTANCE_FIT[distance] * (WISH_RANK_FIT[i] ?? WISH_RANK_FIT[WISH_RANK_FIT.length - 1]);
    if (fit > best.fit) best = { fit, reason: { code: "wish", rank: i + 1, distance, iscoCode: code } };
  });
  for (const e of p.experience) {
    const distance = creditedDistance(e.iscoCode, slot.iscoCode);
    if (distance === null) continue;
    const fit = DISTANCE_FIT[distance] * EXPERIENCE_FIT;
    if (fit > best.fit) best = { fit, reason: { code: "experience", years: e.years, distance, iscoCode: e.iscoCode } };
  }
  return {
    key: "occupation",
    points: whole(best.fit * MATCH_WEIGHTS.occupation),
    max: MATCH_WEIGHTS.occupation,
    reason: best.reason,
  };
}

function norwegianPart(slot: MatchSlot, p: MatchParticipant, warnings: MatchWarning[]): MatchPart {
  const max = MATCH_WEIGHTS.norwegian;
  const level = p.norwegianSpeaking;
  const required = slot.norwegianRequired;
  const part = (code: NorwegianReason["code"], fit: number): MatchPart => ({
    key: "norwegian",
    points: whole(fit * max),
    max,
    reason: { code, level, required },
  });
  if (!required) return part("noRequirement", 1);
  if (cefrAtLeast(level, required)) return part("meets", 1);
  warnings.push({ code: "norwegianBelow", level, required });
  if (!level) return part("unknown", 0);
  const oneBelow = CEFR_LEVELS.indexOf(level) === CEFR_LEVELS.indexOf(required) - 1;
  return oneBelow ? part("oneBelow", NORWEGIAN_ONE_BELOW_FIT) : part("below", 0);
}

function areaPart(slot: MatchSlot, p: MatchParticipant): MatchPart {
  const max = MATCH_WEIGHTS.area;
  if (!slot.area || !p.area)
    return { key: "area", points: whole(max / 2), max, reason: { code: "unknown", area: slot.area, own: p.area } };
  const same = slot.area.trim().toLowerCase() === p.area.trim().toLowerCase();
  const reason: AreaReason = { code: same ? "same" : "different", area: slot.area, own: p.area };
  return { key: "area", points: same ? max : 0, max, reason };
}

function hoursPart(slot: MatchSlot, p: MatchParticipant, warnings: MatchWarning[]): MatchPart {
  const max = MATCH_WEIGHTS.hours;
  const required = slot.hoursPerWeek;
  if (p.hoursPerWeek == null)
    return { key: "hours", points: whole(max / 2), max, reason: { code: "unknown", hours: null, required } };
  if (p.hoursPerWeek >= required)
    return { key: "hours", points: max, max, reason: { code: "enough", hours: p.hoursPerWeek, required } };
  warnings.push({ code: "fewerHours", hours: p.hoursPerWeek, required });
  return {
    key: "hours",
    points: whole((p.hoursPerWeek / required) * max),
    max,
    reason: { code: "fewer", hours: p.hoursPerWeek, required },
  };
}

/** Enough time before programme end: the share of the slot's period the programme still covers. */
function timeLeftPart(slot: MatchSlot, p: MatchParticipant, today: string, warnings: MatchWarning[]): MatchPart {
  const max = MATCH_WEIGHTS.timeLeft;
  const start = startDay(slot, p, today);
  const end = slot.endsOn ?? addDays(start, OPEN_ENDED_MONTHS * 30);
  const reason = (code: TimeLeftReason["code"]): TimeLeftReason => ({ code, programmeEnd: p.programmeEnd });
  if (p.programmeEnd >= end) return { key: "timeLeft", points: max, max, reason: reason("covers") };
  warnings.push({ code: "programmeEndsBeforeSlotEnd", programmeEnd: p.programmeEnd });
  const length = Math.max(1, daysBetween(start, end));
  const covered = Math.max(0, daysBetween(start, p.programmeEnd));
  const share = Math.min(1, covered / length);
  return { key: "timeLeft", points: whole(share * max), max, reason: reason(share > 0 ? "partly" : "endsBefore") };
}

/** The score of one eligible pair, with its parts and warnings. */
export function scoreMatch(slot: MatchSlot, p: MatchParticipant, today: string): Omit<Match<unknown>, "item"> {
  const warnings: MatchWarning[] = [];
  const parts = [
    occupationPart(slot, p),
    norwegianPart(slot, p, warnings),
    areaPart(slot, p),
    hoursPart(slot, p, warnings),
    timeLeftPart(slot, p, today, warnings),
  ];
  if (p.availableFrom && p.availableFrom > maxDate(slot.startsOn, today))
    warnings.push({ code: "availableLater", availableFrom: p.availableFrom });
  const score = Math.round(parts.reduce((sum, part) => sum + part.points, 0));
  return { score, parts, warnings };
}

function rank<T extends { id: string }>(
  pairs: { item: T; slot: MatchSlot; participant: MatchParticipant }[],
  today: string,
): Match<T>[] {
  return pairs
    .filter(({ slot, participant }) => exclusion(slot, participant, today) === null)
    .map(({ item, slot, participant }) => ({ item, ...scoreMatch(slot, participant, today) }))
    .sort((a, b) => b.score - a.score || fitOf(b) - fitOf(a) || a.item.id.localeCompare(b.item.id));
}

/** Ties on the rounded score go to the better occupation fit: what the participant wants comes first. */
const fitOf = (m: Match<unknown>) => m.parts[0].points;

/** Participants for a slot, best first; those a hard filter excludes are left out. */
export function rankParticipantsForSlot<P extends MatchParticipant>(
  slot: MatchSlot,
  candidates: P[],
  today: string,
): Match<P>[] {
  return rank(
    candidates.map((p) => ({ item: p, slot, participant: p })),
    today,
  );
}

/** Open slots for a participant, best first; those a hard filter excludes are left out. */
export function rankSlotsForParticipant<S extends MatchSlot>(
  participant: MatchParticipant,
  candidates: S[],
  today: string,
): Match<S>[] {
  return rank(
    candidates.map((s) => ({ item: s, slot: s, participant })),
    today,
  );
}
