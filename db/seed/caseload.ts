// The demo caseload: ~60 participants in Bergen and Trondheim with consents, status history,
// outcomes, jobs, six months of follow-up contacts and what is due. Deterministic for an anchor
// day and idempotent: every row has a stable id and is inserted with "on conflict do nothing".
import type { Tx } from "../index";
import {
  consents,
  contacts,
  followUps,
  municipalitySettings,
  participantExperience,
  participantLanguages,
  participantOutcomes,
  participantStatusChanges,
  participantWishes,
  participants,
  workPeriods,
} from "../schema";
import type { Cefr, EducationLevel, Outcome, ParticipantStatus } from "../schema/participants";
import { buildActivity, type PlannedParticipant, type SeedStaff } from "./caseload-activity";
import { consentRows, outcomeRows, statusChangeRows } from "./caseload-history";
import {
  AREAS,
  CASELOAD_PLAN,
  CONSULTANT_STYLE,
  EDUCATION_FIELDS,
  NO_OUTCOME_REASONS,
  ORIGINS,
  PARTICIPANT_NAMES,
  STATUS,
  SeedClock,
  WISHES_BY_EDUCATION,
  WORK_STYLES,
  between,
  pickOne,
  prng,
  trackFor,
} from "./caseload-data";
import { CITIES, people } from "./data";
import { stableId } from "./ids";

type City = (typeof CITIES)[number];

/** The day the demo data is built around: SEED_DATE=YYYY-MM-DD, else today (UTC). */
export function seedAnchor(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Date {
  const fixed = env.SEED_DATE;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) {
      throw new Error(`SEED_DATE must be a date like 2026-11-28, got "${fixed}"`);
    }
    return new Date(`${fixed}T00:00:00Z`);
  }
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The municipality's staff by their key in CASELOAD_PLAN ("demo-js", "consultant-2"…). */
export function staffOf(city: City): Map<string, SeedStaff> {
  const org = `${city.toLowerCase()}-kommune`;
  const inOrg = people.filter((p) => p.org === org);
  const map = new Map<string, SeedStaff>();
  const add = (key: string, email: string, isJobSpecialist: boolean) =>
    map.set(key, {
      key,
      email,
      id: stableId(`user:${email}`),
      style: WORK_STYLES[`${city}:${key}`] ?? CONSULTANT_STYLE,
      isJobSpecialist,
    });
  for (const role of ["consultant", "job_specialist"] as const) {
    const prefix = role === "consultant" ? "consultant" : "js";
    const demo = inOrg.find((p) => p.role === role && p.demo);
    if (demo) add(`demo-${prefix}`, demo.email, role === "job_specialist");
    inOrg
      .filter((p) => p.role === role && !p.demo)
      .forEach((p, i) => add(`${prefix}-${i + 1}`, p.email, role === "job_specialist"));
  }
  const admin = inOrg.find((p) => p.role === "municipality_admin");
  if (admin) add("admin", admin.email, false);
  return map;
}

/** Months after programme end before Bergen's participants are anonymized (its municipality setting). */
export const BERGEN_RETENTION_MONTHS = 24;

const CEFR: Cefr[] = ["A1", "A2", "B1", "B2", "C1"];
const EDUCATION_BAG: EducationLevel[] = [
  "none",
  "none",
  "none",
  "primary",
  "primary",
  "primary",
  "primary",
  "primary",
  "secondary",
  "secondary",
  "secondary",
  "secondary",
  "vocational",
  "vocational",
  "bachelor",
  "bachelor",
  "bachelor",
  "master",
  "master",
  "doctorate",
];
/** Programme ends of the completed participants, in days before the anchor: two have a one-year outcome. */
const COMPLETED_ENDS = [-45, -190, -390, -470];
const COMPLETED_OUTCOMES: Outcome[] = ["work", "education", "both", "work"];
/** Start days of current jobs, by how many jobs the staff member's caseload already has. */
const JOB_STARTS = [-20, -48, -110, -170];

function ascii(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z-]/g, "")
    .toLowerCase();
}

function levels(r: () => number, status: ParticipantStatus) {
  const base = Math.min(3, [0, 0, 1, 1, 1, 1, 2, 2, 2, 3][between(r, 0, 9)] + (status === "completed" ? 1 : 0));
  // Speaking and listening usually come before reading, and writing last.
  const top = status === "completed" ? 4 : 3;
  const at = (delta: number) => CEFR[Math.max(0, Math.min(top, base + delta))];
  return {
    norwegianReading: at(0),
    norwegianWriting: at(r() < 0.5 ? -1 : 0),
    norwegianSpeaking: at(r() < 0.6 ? 1 : 0),
    norwegianListening: at(r() < 0.5 ? 1 : 0),
  };
}

/** Plans one city's participants: who they are, their programme dates and their jobs (days relative to the anchor). */
export function planCity(city: City, anchor: Date): PlannedParticipant[] {
  const clock = new SeedClock(anchor);
  const staff = staffOf(city);
  const municipalityId = stableId(`org:${city.toLowerCase()}-kommune`);
  const planned: PlannedParticipant[] = [];
  let index = 0;
  let completed = 0;
  let endedEarly = 0;
  for (const group of CASELOAD_PLAN) {
    const member = group.staff ? (staff.get(group.staff) ?? null) : null;
    const style = member?.style ?? CONSULTANT_STYLE;
    const enrolledInGroup = group.statuses.filter((s) => s === "E").length;
    let e = 0;
    for (const code of group.statuses) {
      const status = STATUS[code];
      const key = `participant:${city.toLowerCase()}-${index + 1}`;
      const r = prng(key);
      const name = PARTICIPANT_NAMES[city][index];
      const education = pickOne(r, EDUCATION_BAG);
      const track = trackFor(education, r());
      let start: number;
      let end: number;
      let leaveFrom: number | null = null;
      let job: number | null = null;
      let internship: { start: number; end: number } | null = null;
      let outcome: PlannedParticipant["outcome"] = null;
      const recent =
        member?.isJobSpecialist === true && code === "E" && e === enrolledInGroup - 1 && group.staff === "demo-js";
      if (group.staff === null) {
        // Just settled and not yet given a consultant.
        start = -6;
        end = start + 730;
      } else if (status === "enrolled") {
        end = r() < 0.3 ? between(r, 10, 85) : between(r, 100, 800);
        const length =
          track === "work"
            ? between(r, 540, 900)
            : track === "higher_education"
              ? between(r, 700, 1100)
              : between(r, 900, 1300);
        start = Math.min(end - length, -30);
        const internships = member?.isJobSpecialist ? 1 : 2;
        if (!recent) {
          if (e < style.inJob) job = JOB_STARTS[e];
          else if (e < style.inJob + internships) internship = { start: -between(r, 10, 40), end: between(r, 30, 90) };
          else if (e === style.inJob + internships)
            internship = { start: -between(r, 150, 200), end: -between(r, 60, 100) };
        }
        e++;
      } else if (status === "on_leave") {
        start = -between(r, 200, 500);
        end = between(r, 150, 500);
        leaveFrom = -between(r, 20, 90);
      } else if (status === "completed") {
        end = COMPLETED_ENDS[completed % COMPLETED_ENDS.length];
        start = end - between(r, 700, 760);
        const result = COMPLETED_OUTCOMES[completed % COMPLETED_OUTCOMES.length];
        outcome = { atEnd: result, reason: null, oneYear: end <= -370 ? "work" : null };
        if (result === "work" || result === "both") job = end - 30;
        completed++;
      } else {
        end = -between(r, 30, 250);
        start = end - between(r, 200, 400);
        // Ending early for a job is a good reason; the others moved away or fell ill.
        outcome =
          endedEarly === 0
            ? { atEnd: "work", reason: null, oneYear: null }
            : { atEnd: "neither", reason: NO_OUTCOME_REASONS[endedEarly % NO_OUTCOME_REASONS.length], oneYear: null };
        if (endedEarly === 0) job = end;
        endedEarly++;
      }
      // A job or internship comes some time into the programme.
      const workStart = job ?? internship?.start ?? null;
      if (workStart !== null) start = Math.min(start, workStart - 60);
      // IPS counts from when the job specialist took the participant on, not from programme start.
      let enrolled = start;
      if (member?.isJobSpecialist) {
        if (recent) enrolled = Math.max(start, -12);
        else if (status === "completed" || status === "ended_early")
          enrolled = Math.max(start, end - between(r, 200, 300));
        else if (workStart !== null) enrolled = Math.max(start, workStart - between(r, 40, 120));
        else enrolled = Math.max(start, -between(r, 15, 330));
      }
      let firstEmployerContact: number | null = null;
      if (member?.isJobSpecialist) {
        let first = enrolled + between(r, ...style.firstContactDays);
        // Job development comes before the job: the first employer contact is a week before it at the latest.
        if (workStart !== null) first = Math.min(first, workStart - 7);
        if (first < 0 && (status === "enrolled" || status === "on_leave" || first <= end)) firstEmployerContact = first;
      }
      const wishes = pickOne(r, WISHES_BY_EDUCATION[education]);
      const origin = ORIGINS[name.origin];
      const noLevels = group.staff === null;
      planned.push({
        id: stableId(key),
        key,
        index,
        city,
        municipalityId,
        staff: member,
        status,
        start,
        end,
        enrolled,
        leaveFrom,
        job,
        internship,
        outcome,
        firstEmployerContact,
        row: {
          id: stableId(key),
          municipalityId,
          externalId: `${city === "Bergen" ? "BGO" : "TRD"}-${String(10_001 + index)}`,
          firstName: name.first,
          lastName: name.last,
          birthYear: anchor.getUTCFullYear() - between(r, 20, 57),
          email: r() < 0.7 ? `${ascii(name.first)}.${ascii(name.last)}@epost.example` : null,
          phone: r() < 0.9 ? `+47 4${between(r, 10, 99)} ${between(r, 10, 99)} ${between(r, 100, 999)}` : null,
          countryOfOrigin: index % 2 === 0 ? origin.country : null,
          ...(noLevels
            ? { norwegianReading: null, norwegianWriting: null, norwegianSpeaking: null, norwegianListening: null }
            : levels(r, status)),
          educationLevel: education,
          educationField: EDUCATION_FIELDS[education] ? pickOne(r, EDUCATION_FIELDS[education]!) : null,
          drivingLicence: r() < 0.3,
          hoursPerWeek: status === "enrolled" ? pickOne(r, [37, 37, 30, 20]) : null,
          availableFrom: status === "enrolled" ? clock.date(Math.max(0, between(r, -30, 60))) : null,
          area: pickOne(r, AREAS[city]),
          programmeTrack: track,
          programmeStart: clock.date(start),
          programmeEnd: clock.date(end),
          status,
          assignedTo: member?.id ?? null,
          enrolledAt: clock.date(enrolled),
          version: 1,
          createdAt: clock.at(Math.min(start, 0), 9),
          updatedAt: clock.at(Math.min(start, 0), 9),
        },
        wishes: wishes.map((code, rank) => ({
          id: stableId(`${key}:wish:${rank + 1}`),
          participantId: stableId(key),
          iscoCode: code,
          rank: rank + 1,
        })),
        languages: origin.languages.map((l) => ({
          id: stableId(`${key}:language:${l.language}`),
          participantId: stableId(key),
          ...l,
        })),
        experience: (r() < 0.65 ? [wishes[0]] : [])
          .concat(r() < 0.3 ? [wishes[wishes.length - 1]] : [])
          .map((code, i) => ({
            id: stableId(`${key}:experience:${i}`),
            participantId: stableId(key),
            iscoCode: code,
            years: between(r, 1, 9),
          })),
      });
      index++;
    }
  }
  return planned;
}

async function insertAll<T extends Record<string, unknown>>(
  tx: Tx,
  table: Parameters<Tx["insert"]>[0],
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) {
    await tx
      .insert(table)
      .values(rows.slice(i, i + 400) as never)
      .onConflictDoNothing();
  }
}

/** Adds the demo caseload. Runs inside seed()'s transaction, after organizations and people. */
export async function seedCaseload(tx: Tx, anchor: Date): Promise<{ participants: number; contacts: number }> {
  const clock = new SeedClock(anchor);
  let participantCount = 0;
  let contactCount = 0;
  await insertAll(tx, municipalitySettings, [
    {
      municipalityId: stableId("org:bergen-kommune"),
      caseloadTarget: 15,
      retentionMonths: BERGEN_RETENTION_MONTHS,
      updatedAt: clock.at(-180),
    },
    {
      municipalityId: stableId("org:trondheim-kommune"),
      caseloadTarget: 20,
      retentionMonths: 24,
      updatedAt: clock.at(-180),
    },
  ]);
  for (const city of CITIES) {
    const plan = planCity(city, anchor);
    const staff = staffOf(city);
    const admin = staff.get("admin")?.id ?? null;
    await insertAll(
      tx,
      participants,
      plan.map((p) => p.row),
    );
    await insertAll(
      tx,
      participantWishes,
      plan.flatMap((p) => p.wishes),
    );
    await insertAll(
      tx,
      participantLanguages,
      plan.flatMap((p) => p.languages),
    );
    await insertAll(
      tx,
      participantExperience,
      plan.flatMap((p) => p.experience),
    );
    await insertAll(
      tx,
      participantStatusChanges,
      plan.flatMap((p) => statusChangeRows(p, clock, admin)),
    );
    await insertAll(
      tx,
      participantOutcomes,
      plan.flatMap((p) => outcomeRows(p, clock)),
    );
    await insertAll(
      tx,
      consents,
      plan.flatMap((p) => consentRows(p, clock, admin)),
    );
    const activity = buildActivity(city, plan, [...staff.values()], clock);
    await insertAll(tx, workPeriods, activity.workPeriods);
    await insertAll(tx, contacts, activity.contacts);
    await insertAll(tx, followUps, activity.followUps);
    participantCount += plan.length;
    contactCount += activity.contacts.length;
  }
  return { participants: participantCount, contacts: contactCount };
}
