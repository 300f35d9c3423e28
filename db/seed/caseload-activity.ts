// What happens around the demo caseload: jobs and internships, six months of follow-up
// contacts, the IPS follow-along cadence and next actions. Pure: builds rows, inserts nothing.
import type {
  contacts,
  followUps,
  participantExperience,
  participantLanguages,
  participantWishes,
  participants,
  workPeriods,
} from "../schema";
import type { ContactChannel, ContactKind, ContactPurpose } from "../schema/follow-up";
import type { Outcome, ParticipantStatus } from "../schema/participants";
import { SeedClock, between, pickOne, prng, type WorkStyle } from "./caseload-data";
import { employers } from "./data";
import { stableId } from "./ids";

export interface SeedStaff {
  key: string;
  email: string;
  id: string;
  style: WorkStyle;
  isJobSpecialist: boolean;
}

/** A participant with their dates as days relative to the anchor. */
export interface PlannedParticipant {
  id: string;
  key: string;
  index: number;
  city: "Bergen" | "Trondheim";
  municipalityId: string;
  staff: SeedStaff | null;
  status: ParticipantStatus;
  start: number;
  end: number;
  enrolled: number;
  leaveFrom: number | null;
  /** Start of a current job (no end). */
  job: number | null;
  internship: { start: number; end: number } | null;
  outcome: { atEnd: Outcome; reason: string | null; oneYear: Outcome | null } | null;
  firstEmployerContact: number | null;
  row: typeof participants.$inferInsert;
  wishes: (typeof participantWishes.$inferInsert)[];
  languages: (typeof participantLanguages.$inferInsert)[];
  experience: (typeof participantExperience.$inferInsert)[];
}

type ContactRow = typeof contacts.$inferInsert;
type FollowUpRow = typeof followUps.$inferInsert;
type WorkRow = typeof workPeriods.$inferInsert;

const HISTORY_DAYS = 182;
const EMPLOYER_NOTES = [
  "Snakket om rekrutteringsbehovet til våren",
  "Presenterte en kandidat for daglig leder",
  "Omvisning på arbeidsplassen",
  "Avklarte arbeidsoppgaver og krav til norsk",
  "Gikk gjennom avtalen om praksisplass",
];
const PARTICIPANT_NOTES = [
  "Oppdaterte CV-en sammen",
  "Øvde til jobbintervju",
  "Snakket om hva slags arbeid deltakeren ønsker",
  "Fulgte opp etter første arbeidsuke",
];
const NEXT_ACTIONS = [
  "Ring arbeidsgiveren om praksisplassen",
  "Send CV-en til arbeidsgiveren",
  "Avtal møte med deltakeren og tolk",
  "Følg opp søknaden om lønnstilskudd",
  "Planlegg besøk på arbeidsplassen",
];
const PARTICIPANT_CHANNELS: ContactChannel[] = ["in_person", "in_person", "phone", "video", "message"];
const PARTICIPANT_PURPOSES: ContactPurpose[] = ["job_development", "follow_along", "problem_solving"];

/**
 * IPS follow-along as lib/follow-ups/rules.ts cadenceFor() plans it: before start, within
 * 3 days after, weekly the first month, then monthly. Titles are the same message keys.
 */
const CADENCE = [-3, 3, 7, 14, 21, 28];
function cadenceTitle(offset: number): string {
  if (offset < 0) return "beforeStart";
  if (offset === 3) return "afterStart";
  if (offset <= 28) return `week${offset / 7}`;
  return `month${Math.round(offset / 30) + 1}`;
}

function isActive(p: PlannedParticipant, day: number): boolean {
  if (day < p.enrolled) return false;
  if ((p.status === "completed" || p.status === "ended_early") && day > p.end) return false;
  return !(p.status === "on_leave" && p.leaveFrom !== null && day >= p.leaveFrom);
}

export function buildActivity(
  city: "Bergen" | "Trondheim",
  plan: PlannedParticipant[],
  staff: SeedStaff[],
  clock: SeedClock,
): { workPeriods: WorkRow[]; contacts: ContactRow[]; followUps: FollowUpRow[] } {
  const cityEmployers = employers
    .filter((e) => e.city === city)
    .map((e) => ({ id: stableId(`org:${e.key}`), name: e.name }));
  const municipalityId = stableId(`org:${city.toLowerCase()}-kommune`);
  const work: WorkRow[] = [];
  const contactRows: ContactRow[] = [];
  const followUpRows: FollowUpRow[] = [];

  const contact = (
    id: string,
    day: number,
    s: SeedStaff,
    fields: Partial<ContactRow> & { kind: ContactKind; channel: ContactChannel; purpose: ContactPurpose },
  ): string => {
    contactRows.push({
      id,
      municipalityId,
      staffId: s.id,
      faceToFace: fields.channel === "in_person",
      contactDate: clock.date(day),
      createdAt: clock.at(day, 16),
      ...fields,
    });
    return id;
  };

  // Jobs and internships, each with its follow-along cadence for the participants still in the programme.
  for (const p of plan) {
    const r = prng(`${p.key}:work`);
    const employer = pickOne(r, cityEmployers);
    const periods: { kind: "job" | "internship"; start: number; end: number | null }[] = [];
    if (p.job !== null) periods.push({ kind: "job", start: p.job, end: null });
    if (p.internship) periods.push({ kind: "internship", ...p.internship });
    for (const period of periods) {
      const workId = stableId(`${p.key}:work:${period.kind}`);
      work.push({
        id: workId,
        participantId: p.id,
        kind: period.kind,
        employerId: employer.id,
        employerName: employer.name,
        startsOn: clock.date(period.start),
        endsOn: period.end === null ? null : clock.date(period.end),
        createdBy: p.staff?.id ?? null,
        createdAt: clock.at(Math.min(period.start - 10, -1), 9),
      });
      const current = period.end === null || period.end >= 0;
      if (!p.staff || !current || (p.status !== "enrolled" && p.status !== "on_leave")) continue;
      const steps = [...CADENCE];
      for (let m = 58; period.start + m <= 40; m += 30) steps.push(m);
      for (const offset of steps) {
        const due = period.start + offset;
        if (period.end !== null && due > period.end) break;
        const id = stableId(`${p.key}:cadence:${period.kind}:${offset}`);
        const fr = prng(id);
        let doneDay: number | null = null;
        if (due < 0) {
          if (fr() < p.staff.style.followAlongOnTime) doneDay = due - between(fr, 0, 1);
          else if (fr() < 0.5) doneDay = due + between(fr, 5, 12);
          if (doneDay !== null && doneDay >= 0) doneDay = null;
        }
        const visit = offset > 0 && fr() < 0.5;
        const doneContactId =
          doneDay === null
            ? null
            : contact(stableId(`${p.key}:cadence:${period.kind}:${offset}:contact`), doneDay, p.staff, {
                participantId: p.id,
                employerId: visit ? employer.id : null,
                kind: visit ? "workplace_visit" : "participant",
                channel: "in_person",
                purpose: "follow_along",
                notes: visit ? "Besøk på arbeidsplassen med leder og deltaker" : null,
              });
        followUpRows.push({
          id,
          municipalityId,
          participantId: p.id,
          staffId: p.staff.id,
          source: "cadence",
          title: cadenceTitle(offset),
          dueOn: clock.date(due),
          doneAt: doneDay === null ? null : clock.at(doneDay, 15),
          doneContactId,
          createdAt: clock.at(Math.min(period.start - 8, -1), 8),
        });
      }
    }
    // The first face-to-face employer contact about the participant (IPS: within 30 days).
    if (p.staff && p.firstEmployerContact !== null) {
      contact(stableId(`${p.key}:first-employer-contact`), p.firstEmployerContact, p.staff, {
        participantId: p.id,
        employerId: pickOne(r, cityEmployers).id,
        kind: "employer",
        channel: "in_person",
        purpose: "job_development",
        notes: "Presenterte ønskene til deltakeren for daglig leder",
      });
    }
  }

  for (const s of staff.filter((m) => m.key !== "admin")) {
    const mine = plan.filter((p) => p.staff?.id === s.id);
    if (mine.length === 0) continue;
    // Six months of routine work, on working days.
    for (let day = -HISTORY_DAYS; day < 0; day++) {
      if (!clock.isWorkday(day)) continue;
      const date = clock.date(day);
      const r = prng(`contacts:${s.email}:${date}`);
      const pool = mine.filter((p) => isActive(p, day));
      const employerPool = pool.filter((p) =>
        s.isJobSpecialist ? p.firstEmployerContact !== null && p.firstEmployerContact < day : true,
      );
      const rate = s.style.employerContactsPerDay;
      const faceToFace = Math.floor(rate) + (r() < rate - Math.floor(rate) ? 1 : 0);
      let k = 0;
      const id = () => stableId(`contact:${s.email}:${date}:${k++}`);
      for (let i = 0; i < faceToFace; i++) {
        const kind: ContactKind = r() < 0.3 ? "workplace_visit" : "employer";
        contact(id(), day, s, {
          participantId: employerPool.length > 0 && r() < 0.6 ? pickOne(r, employerPool).id : null,
          employerId: pickOne(r, cityEmployers).id,
          kind,
          channel: "in_person",
          purpose:
            kind === "employer"
              ? r() < 0.8
                ? "job_development"
                : "agreement"
              : r() < 0.5
                ? "job_development"
                : "problem_solving",
          notes: r() < 0.3 ? pickOne(r, EMPLOYER_NOTES) : null,
        });
      }
      if (r() < 0.25) {
        contact(id(), day, s, {
          participantId: employerPool.length > 0 && r() < 0.5 ? pickOne(r, employerPool).id : null,
          employerId: pickOne(r, cityEmployers).id,
          kind: "employer",
          channel: r() < 0.6 ? "phone" : "email",
          purpose: "job_development",
        });
      }
      if (pool.length > 0 && r() < (s.isJobSpecialist ? 0.25 : 0.4)) {
        contact(id(), day, s, {
          participantId: pickOne(r, pool).id,
          kind: "participant",
          channel: pickOne(r, PARTICIPANT_CHANNELS),
          purpose: pickOne(r, PARTICIPANT_PURPOSES),
          notes: r() < 0.4 ? pickOne(r, PARTICIPANT_NOTES) : null,
        });
      }
    }
    // Next actions from recent meetings: some overdue, some this week, one later.
    const active = mine.filter((p) => p.status === "enrolled" || p.status === "on_leave");
    const dues = s.key.startsWith("demo-") ? [-6, -2, 1, 3, 12] : [-3, 4];
    dues.forEach((due, n) => {
      if (active.length === 0) return;
      const p = active[n % active.length];
      const met = Math.min(due - 14, -1);
      const fromContactId = contact(stableId(`${s.email}:next-action:${n}:contact`), met, s, {
        participantId: p.id,
        kind: "participant",
        channel: "in_person",
        purpose: "job_development",
        notes: "Avtalte neste steg sammen med deltakeren",
      });
      followUpRows.push({
        id: stableId(`${s.email}:next-action:${n}`),
        municipalityId,
        participantId: p.id,
        staffId: s.id,
        source: "next_action",
        title: NEXT_ACTIONS[(n + p.index) % NEXT_ACTIONS.length],
        dueOn: clock.date(due),
        fromContactId,
        createdAt: clock.at(met, 16),
      });
    });
  }
  return { workPeriods: work, contacts: contactRows, followUps: followUpRows };
}
