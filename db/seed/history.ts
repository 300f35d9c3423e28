// Bergen's earlier cohorts: ~90 participants who started the programme three to five years before
// the seed day and completed it two years later, with outcomes at programme end and one year
// after. They give the council's "in work or education three years after start" goal two years of
// quarterly figures, rising from about 53 % to about 68 %. Nobody follows them up any more
// (assigned to nobody), and those past Bergen's retention are stored as the retention job leaves
// them: anonymized, with its audit row, so running the job on the seed changes nothing.
// Deterministic for an anchor day and idempotent: stable ids and "on conflict do nothing".
import type { Tx } from "../index";
import { auditLog, participantOutcomes, participantStatusChanges, participants } from "../schema";
import type { Cefr, EducationLevel, Outcome } from "../schema/participants";
import { addMonths } from "../../lib/participants/rules";
import { ANONYMIZED_PARTICIPANT } from "../../lib/privacy/register";
import { isPastRetention } from "../../lib/retention/rules";
import {
  AREAS,
  NO_OUTCOME_REASONS,
  ORIGINS,
  PARTICIPANT_NAMES,
  type Origin,
  SeedClock,
  between,
  pickOne,
  prng,
  trackFor,
} from "./caseload-data";
import { BERGEN_RETENTION_MONTHS } from "./caseload";
import { stableId } from "./ids";

export const HISTORY_SIZE = 90;
/** Programme starts spread evenly over this span, in months before the anchor. */
const FIRST_START = 64;
const LAST_START = 36;
const PROGRAMME_MONTHS = 24;
/** The chance of work or education three years after start, oldest cohort first and newest last. */
const SHARE_FROM = 0.5;
const SHARE_TO = 0.7;

const DAY_MS = 86_400_000;
const CEFR: Cefr[] = ["A1", "A2", "B1", "B2", "C1"];
const EDUCATION_BAG: EducationLevel[] = [
  "none",
  "none",
  "primary",
  "primary",
  "primary",
  "secondary",
  "secondary",
  "vocational",
  "bachelor",
  "master",
];
const SUCCESS: Outcome[] = ["work", "work", "work", "education", "education", "both"];

/** Days from the anchor to a "YYYY-MM-DD" date. */
const offsetOf = (anchor: Date, day: string) =>
  Math.round((Date.parse(`${day}T00:00:00Z`) - anchor.getTime()) / DAY_MS);

/** Invented first-and-last-name pairs of the same origin, none of them a demo participant's own pair. */
function madeUpNames(): { first: string; last: string; origin: Origin }[] {
  const all = [...PARTICIPANT_NAMES.Bergen, ...PARTICIPANT_NAMES.Trondheim];
  const taken = new Set(all.map((n) => `${n.first} ${n.last}`));
  const names: { first: string; last: string; origin: Origin }[] = [];
  for (let shift = 1; shift < 6; shift++) {
    for (const origin of Object.keys(ORIGINS) as Origin[]) {
      const same = all.filter((n) => n.origin === origin);
      same.forEach((n, i) => {
        const last = same[(i + shift) % same.length].last;
        const full = `${n.first} ${last}`;
        if (!taken.has(full)) {
          taken.add(full);
          names.push({ first: n.first, last, origin });
        }
      });
    }
  }
  return names;
}

export function historyRows(anchor: Date) {
  const clock = new SeedClock(anchor);
  const today = clock.date(0);
  const municipalityId = stableId("org:bergen-kommune");
  const first = offsetOf(anchor, addMonths(today, -FIRST_START));
  const last = offsetOf(anchor, addMonths(today, -LAST_START));
  const names = madeUpNames();
  const people: (typeof participants.$inferInsert)[] = [];
  const changes: (typeof participantStatusChanges.$inferInsert)[] = [];
  const outcomes: (typeof participantOutcomes.$inferInsert)[] = [];
  const audit: (typeof auditLog.$inferInsert)[] = [];
  let named = 0;
  // Error diffusion instead of dice: every stretch of cohorts gets its share within one person.
  let carry = 0.5;
  for (let n = 0; n < HISTORY_SIZE; n++) {
    const key = `participant:bergen-history-${n + 1}`;
    const id = stableId(key);
    const r = prng(key);
    const startDay = clock.date(first + Math.round(((n + 0.5) * (last - first)) / HISTORY_SIZE));
    const endDay = addMonths(startDay, PROGRAMME_MONTHS);
    const start = offsetOf(anchor, startDay);
    const end = offsetOf(anchor, endDay);

    carry += SHARE_FROM + ((SHARE_TO - SHARE_FROM) * n) / (HISTORY_SIZE - 1);
    const success = carry >= 1;
    if (success) carry -= 1;
    const reason = pickOne(r, NO_OUTCOME_REASONS);
    const oneYear: Outcome = success ? pickOne(r, SUCCESS) : "neither";
    // Some found work or education only in the year after the programme.
    const atEnd: Outcome = success && r() < 0.3 ? "neither" : oneYear;
    const hasOneYear = end + 368 < 0;
    // The retention job runs nightly: it anonymized them the first night past retention.
    const anonymized = isPastRetention(endDay, BERGEN_RETENTION_MONTHS, clock.at(0));
    const row = (timepoint: "programme_end" | "one_year", outcome: Outcome, day: number) => ({
      id: stableId(`${key}:outcome:${timepoint}`),
      participantId: id,
      timepoint,
      outcome,
      // Anonymization clears the reason (lib/privacy/register).
      reason: outcome === "neither" && !anonymized ? reason : null,
      recordedBy: null,
      recordedAt: clock.at(day, 11),
    });
    // Without a one-year outcome yet, the one at programme end is the latest, so it carries the result.
    outcomes.push(row("programme_end", hasOneYear ? atEnd : oneYear, end + 3));
    if (hasOneYear) outcomes.push(row("one_year", oneYear, end + 368));
    changes.push(
      {
        id: stableId(`${key}:status:start`),
        participantId: id,
        fromStatus: null,
        toStatus: "enrolled",
        changedBy: null,
        changedAt: clock.at(start, 9),
      },
      {
        id: stableId(`${key}:status:completed`),
        participantId: id,
        fromStatus: "enrolled",
        toStatus: "completed",
        changedBy: null,
        changedAt: clock.at(end, 14),
      },
    );

    const education = pickOne(r, EDUCATION_BAG);
    const base = between(r, 1, 3);
    const level = (delta: number) => CEFR[Math.max(0, Math.min(4, base + delta))];
    const name = names[named % names.length];
    const common = {
      id,
      municipalityId,
      birthYear: anchor.getUTCFullYear() - between(r, 24, 60),
      norwegianReading: level(0),
      norwegianWriting: level(r() < 0.5 ? -1 : 0),
      norwegianSpeaking: level(r() < 0.6 ? 1 : 0),
      norwegianListening: level(r() < 0.5 ? 1 : 0),
      educationLevel: education,
      drivingLicence: r() < 0.4,
      hoursPerWeek: null,
      availableFrom: null,
      programmeTrack: trackFor(education, r()),
      programmeStart: startDay,
      programmeEnd: endDay,
      status: "completed" as const,
      assignedTo: null,
      enrolledAt: startDay,
      createdAt: clock.at(start, 9),
    };
    if (anonymized) {
      const day = Math.min(offsetOf(anchor, addMonths(endDay, BERGEN_RETENTION_MONTHS)) + 1, -1);
      const at = clock.at(day, 1);
      people.push({ ...common, ...ANONYMIZED_PARTICIPANT, anonymizedAt: at, version: 2, updatedAt: at });
      audit.push({
        id: stableId(`${key}:audit:anonymize`),
        municipalityId,
        participantId: id,
        userId: null,
        action: "participant.anonymize",
        details: { reasonCode: "retention", retentionMonths: BERGEN_RETENTION_MONTHS },
        at,
      });
    } else {
      named++;
      people.push({
        ...common,
        externalId: `BGO-${20_001 + n}`,
        firstName: name.first,
        lastName: name.last,
        email: null,
        phone: r() < 0.8 ? `+47 9${between(r, 10, 99)} ${between(r, 10, 99)} ${between(r, 100, 999)}` : null,
        countryOfOrigin: n % 2 === 0 ? ORIGINS[name.origin].country : null,
        educationField: null,
        area: pickOne(r, AREAS.Bergen),
        version: 1,
        updatedAt: clock.at(end, 14),
      });
    }
  }
  return { participants: people, statusChanges: changes, outcomes, audit };
}

/** Adds Bergen's earlier cohorts. Runs inside seed()'s transaction, after the caseload (which sets the retention). */
export async function seedHistory(tx: Tx, anchor: Date): Promise<number> {
  const rows = historyRows(anchor);
  await tx.insert(participants).values(rows.participants).onConflictDoNothing();
  await tx.insert(participantStatusChanges).values(rows.statusChanges).onConflictDoNothing();
  await tx.insert(participantOutcomes).values(rows.outcomes).onConflictDoNothing();
  await tx.insert(auditLog).values(rows.audit).onConflictDoNothing();
  return rows.participants.length;
}
