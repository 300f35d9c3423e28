// Builds the rows of a demo career fair: candidates, wishes both ways, a speed-interview schedule,
// check-in and, for a past fair, leads with the consultants' follow-ups and two later hires.
// Pure: takes what the seed read from the database and returns rows; seedEvents inserts them.
import type {
  agreements,
  fairCandidates,
  fairInterviews,
  fairLeads,
  fairWishes,
  followUps,
  placementEvents,
  placements,
} from "../schema";
import type { Cefr, EducationLevel } from "../schema/participants";
import type { LeadKind } from "../schema/events";
import type { PlacementStage } from "../schema/pipeline";
import { encodeLeadTitle, leadDueOn } from "../../lib/leads/rules";
import { between, pickOne, prng, type SeedClock } from "./caseload-data";
import {
  EDUCATION_FIELDS,
  LEAD_NOTES,
  OCCUPATIONS_BY_EDUCATION,
  osloAt,
  publicEducation,
  publicPerson,
  shuffled,
} from "./events-data";
import { stableId } from "./ids";

export type CandidateRow = typeof fairCandidates.$inferInsert & { id: string };
type WishRow = typeof fairWishes.$inferInsert;
type InterviewRow = typeof fairInterviews.$inferInsert;
type LeadRow = typeof fairLeads.$inferInsert;

export interface SeedStand {
  id: string;
  employerId: string;
  employerName: string;
  tables: number;
  occupations: string[];
  createdAt: Date;
  /** The employer's own person, who writes the leads. */
  userId: string | null;
}

/** A programme participant's fair profile: a snapshot of consented fields, never the case record. */
export interface SeedFairParticipant {
  id: string;
  municipalityId: string;
  registeredBy: string;
  name: string;
  educationLevel: EducationLevel;
  educationField: string | null;
  occupations: string[];
  norwegianLevel: Cefr | null;
  englishLevel: Cefr | null;
  country: string | null;
}

export interface SeedHire {
  participantId: string;
  standId: string;
  slot: { id: string; description: string; mentorName: string | null; hoursPerWeek: number };
  /** Day (relative to the anchor) the participant started in the job. */
  hiredDay: number;
}

const NORWEGIAN: Cefr[] = ["A2", "B1", "B1", "B2", "B2", "C1"];
const ENGLISH: Cefr[] = ["B1", "B2", "B2", "C1", "C1", "C2"];

/** The n-th public registrant of an event, registered `day` days from the anchor. */
export function publicCandidate(
  eventKey: string,
  eventId: string,
  n: number,
  person: number,
  registeredAt: Date,
  opts: { atLeastVocational: boolean },
): CandidateRow {
  const id = stableId(`${eventKey}:candidate:public-${n + 1}`);
  const r = prng(id);
  const who = publicPerson(person);
  const education = publicEducation(person, opts.atLeastVocational);
  const pool = OCCUPATIONS_BY_EDUCATION[education];
  const occupations = shuffled(r, pool).slice(0, between(r, 1, Math.min(3, pool.length)));
  const countryConsent = r() < 0.4;
  return {
    id,
    eventId,
    participantId: null,
    registeredBy: null,
    name: who.name,
    email: who.email,
    phone: r() < 0.8 ? `+47 9${between(r, 10, 99)} ${between(r, 10, 99)} ${between(r, 100, 999)}` : null,
    educationLevel: education,
    educationField: EDUCATION_FIELDS[education].length > 0 ? pickOne(r, EDUCATION_FIELDS[education]) : null,
    occupations,
    norwegianLevel: pickOne(r, NORWEGIAN),
    englishLevel: pickOne(r, ENGLISH),
    countryOfOrigin: countryConsent ? who.country : null,
    countryConsent,
    shareWithExhibitors: r() < 0.85,
    status: "registered",
    locale: r() < 0.3 ? "en" : "nb",
    registeredAt,
    updatedAt: registeredAt,
  };
}

export function participantCandidate(
  eventKey: string,
  eventId: string,
  p: SeedFairParticipant,
  registeredAt: Date,
): CandidateRow {
  return {
    id: stableId(`${eventKey}:candidate:${p.id}`),
    eventId,
    participantId: p.id,
    registeredBy: p.registeredBy,
    name: p.name,
    email: null,
    phone: null,
    educationLevel: p.educationLevel,
    educationField: p.educationField,
    occupations: p.occupations,
    norwegianLevel: p.norwegianLevel,
    englishLevel: p.englishLevel,
    countryOfOrigin: p.country,
    countryConsent: p.country !== null,
    shareWithExhibitors: true,
    status: "registered",
    locale: "nb",
    registeredAt,
    updatedAt: registeredAt,
  };
}

const overlap = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;

/**
 * Wishes both ways: each candidate up to 5 stands (those recruiting for their occupations first)
 * as they register, each employer a few candidates who share their profile. `forced` pairs come first.
 */
export function buildWishes(
  eventKey: string,
  eventId: string,
  candidates: CandidateRow[],
  stands: SeedStand[],
  forced: Map<string, string>,
): WishRow[] {
  const rows: WishRow[] = [];
  const later = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
  for (const c of candidates) {
    const r = prng(`${c.id}:wishes`);
    const ranked = stands
      .map((s) => ({ s, score: overlap(c.occupations ?? [], s.occupations) * 2 + r() * 1.5 }))
      .sort((a, b) => b.score - a.score)
      .map((x) => x.s.id);
    const must = forced.get(c.id);
    const picks = [...new Set([...(must ? [must] : []), ...ranked])].slice(0, between(r, 1, 5));
    for (const standId of picks)
      rows.push({
        id: stableId(`${eventKey}:wish:${c.id}:${standId}:candidate`),
        eventId,
        candidateId: c.id,
        standId,
        by: "candidate",
        createdAt: later(c.registeredAt!, 10),
      });
  }
  for (const s of stands) {
    const r = prng(`${s.id}:wishes`);
    const sharing = candidates
      .filter((c) => c.shareWithExhibitors)
      .map((c) => ({ c, score: overlap(c.occupations ?? [], s.occupations) + r() * 0.9 }))
      .sort((a, b) => b.score - a.score)
      .slice(0, between(r, 2, 6));
    for (const { c } of sharing) {
      const seen = Math.max(c.registeredAt!.getTime(), s.createdAt.getTime());
      rows.push({
        id: stableId(`${eventKey}:wish:${c.id}:${s.id}:employer`),
        eventId,
        candidateId: c.id,
        standId: s.id,
        by: "employer",
        createdAt: later(new Date(seen), 120),
      });
    }
  }
  return rows;
}

/**
 * A valid schedule by a simple greedy: forced pairs, then mutual wishes, then the candidate's,
 * then the employer's; each in the first free round (from a varying start) where the candidate
 * is free and the stand has a table left. No candidate twice in a round, no pair twice.
 */
export function buildSchedule(
  eventKey: string,
  eventId: string,
  wishes: WishRow[],
  stands: SeedStand[],
  rounds: number,
  forced: Map<string, string>,
  createdAt: Date,
  maxPerCandidate = 4,
): InterviewRow[] {
  const tables = new Map(stands.map((s) => [s.id, s.tables]));
  const by = new Map<string, Set<string>>();
  for (const w of wishes) {
    const key = `${w.candidateId}|${w.standId}`;
    by.set(key, (by.get(key) ?? new Set()).add(w.by));
  }
  const r = prng(`${eventKey}:schedule`);
  const pairs = [...by.entries()]
    .map(([key, who]) => {
      const [candidateId, standId] = key.split("|");
      const prio = forced.get(candidateId) === standId ? 0 : who.size === 2 ? 1 : who.has("candidate") ? 2 : 3;
      return { candidateId, standId, prio, tie: r() };
    })
    .sort((a, b) => a.prio - b.prio || a.tie - b.tie);
  const busy = new Map<string, Set<number>>();
  const used = new Map<string, number>();
  const rows: InterviewRow[] = [];
  for (const p of pairs) {
    const mine = busy.get(p.candidateId) ?? new Set<number>();
    if (mine.size >= maxPerCandidate) continue;
    const start = Math.floor(r() * rounds);
    for (let i = 0; i < rounds; i++) {
      const round = (start + i) % rounds;
      const taken = used.get(`${p.standId}|${round}`) ?? 0;
      if (mine.has(round) || taken >= (tables.get(p.standId) ?? 0)) continue;
      mine.add(round);
      busy.set(p.candidateId, mine);
      used.set(`${p.standId}|${round}`, taken + 1);
      rows.push({
        id: stableId(`${eventKey}:interview:${p.candidateId}:${p.standId}`),
        eventId,
        candidateId: p.candidateId,
        standId: p.standId,
        round,
        tableNo: taken,
        manual: false,
        createdAt,
      });
      break;
    }
  }
  return rows;
}

const KINDS: LeadKind[] = [
  "follow_up_interview",
  "follow_up_interview",
  "follow_up_interview",
  "internship",
  "internship",
  "job",
  "no_follow_up",
  "no_follow_up",
];
const LINE: PlacementStage[] = ["proposed", "employer_interested", "interview", "agreement", "active", "completed"];

export interface PastOutcome {
  leads: LeadRow[];
  followUps: (typeof followUps.$inferInsert)[];
  placements: (typeof placements.$inferInsert)[];
  placementEvents: (typeof placementEvents.$inferInsert)[];
  agreements: (typeof agreements.$inferInsert)[];
}

/**
 * After the fair: leads on about 60 % of the interviews that took place (never on the one kept
 * for the lead test), follow-ups for the participants' consultants, and the hires' placements.
 */
export function buildAftermath(
  eventKey: string,
  eventId: string,
  eventTitle: string,
  clock: SeedClock,
  day: number,
  candidates: CandidateRow[],
  interviews: InterviewRow[],
  stands: SeedStand[],
  noLead: { candidateId: string; standId: string } | null,
  hires: SeedHire[],
): PastOutcome {
  const out: PastOutcome = { leads: [], followUps: [], placements: [], placementEvents: [], agreements: [] };
  const cand = new Map(candidates.map((c) => [c.id, c]));
  const stand = new Map(stands.map((s) => [s.id, s]));
  for (const iv of interviews) {
    const c = cand.get(iv.candidateId)!;
    const s = stand.get(iv.standId)!;
    if (!c.checkedInAt || (noLead && noLead.candidateId === c.id && noLead.standId === s.id)) continue;
    const hire = hires.find((h) => h.participantId === c.participantId && h.standId === s.id);
    const r = prng(`${iv.id}:lead`);
    if (!hire && r() >= 0.6) continue;
    const id = stableId(`${eventKey}:lead:${c.id}:${s.id}`);
    const kind: LeadKind = hire ? "internship" : pickOne(r, KINDS);
    const createdAt = osloAt(
      clock,
      day + (r() < 0.6 ? 0 : 1),
      `${between(r, 14, 17)}:${pickOne(r, ["05", "20", "40"])}`,
    );
    let followUpId: string | null = null;
    let placementId: string | null = null;
    if (c.participantId && c.registeredBy && kind !== "no_follow_up") {
      followUpId = stableId(`${id}:follow-up`);
      const municipalityId = stableId("org:bergen-kommune");
      out.followUps.push({
        id: followUpId,
        municipalityId,
        participantId: c.participantId,
        staffId: c.registeredBy,
        source: "fair_lead",
        title: encodeLeadTitle({ kind, employer: s.employerName, event: eventTitle }),
        dueOn: leadDueOn(clock.date(day)),
        doneAt: clock.at(day + between(r, 2, 9), 13),
        createdAt,
      });
      if (hire) placementId = addHire(out, clock, day, hire, c, s, municipalityId);
    }
    out.leads.push({
      id,
      eventId,
      candidateId: c.id,
      standId: s.id,
      kind,
      note: pickOne(r, LEAD_NOTES),
      createdBy: s.userId,
      followUpId,
      placementId,
      // Staff handled the public candidates' leads in the weeks after; a few are still open.
      handledAt: c.participantId || r() < 0.1 ? null : clock.at(day + between(r, 3, 20), 10),
      createdAt,
    });
  }
  return out;
}

/** The hire: an internship from the lead, ending in a job at the same employer. */
function addHire(
  out: PastOutcome,
  clock: SeedClock,
  day: number,
  hire: SeedHire,
  c: CandidateRow,
  s: SeedStand,
  municipalityId: string,
): string {
  const id = stableId(`placement:bergen:fair-hire:${c.participantId}`);
  const by = c.registeredBy!;
  const days = [day + 3, day + 6, day + 10, day + 14, day + 21, Math.max(day + 60, hire.hiredDay - 1)];
  LINE.forEach((to, i) =>
    out.placementEvents.push({
      id: stableId(`${id}:event:${i}`),
      placementId: id,
      fromStage: i === 0 ? null : LINE[i - 1],
      toStage: to,
      byUserId: by,
      note: null,
      at: clock.at(days[i], 9 + i),
    }),
  );
  out.placements.push({
    id,
    slotId: hire.slot.id,
    participantId: c.participantId!,
    municipalityId,
    employerId: s.employerId,
    stage: "completed",
    outcome: "hired",
    interviewAt: clock.at(days[2] + 2, 10),
    createdBy: by,
    version: LINE.length,
    createdAt: clock.at(days[0], 9),
    updatedAt: clock.at(days[5], 14),
  });
  const confirmed = clock.at(days[3] + 2, 14);
  out.agreements.push({
    id: stableId(`${id}:agreement`),
    placementId: id,
    tasks: hire.slot.description,
    mentorName: hire.slot.mentorName ?? "Daglig leder",
    startsOn: clock.date(days[4]),
    endsOn: clock.date(days[5]),
    hoursPerWeek: hire.slot.hoursPerWeek,
    followUpPlan: "Besøk på arbeidsplassen hver uke den første måneden, deretter hver måned.",
    supportScheme: "nav_work_training",
    municipalityContactId: by,
    municipalityConfirmedAt: confirmed,
    municipalityConfirmedBy: by,
    employerConfirmedAt: confirmed,
    employerConfirmedBy: s.userId,
    participantConfirmedAt: confirmed,
    participantConfirmationMethod: "signed_form",
    participantConfirmationRecordedBy: by,
    createdAt: clock.at(days[3], 12),
    updatedAt: confirmed,
  });
  return id;
}
