// IPS fidelity figures per job specialist and for the team, computed from what staff record:
// participants, contacts, jobs and follow-along steps. Pure: no database, no next/*, `now` passed in.
import type { ContactKind, WorkKind } from "@/db/schema/follow-up";
import type { ParticipantStatus } from "@/db/schema/participants";
import { osloDate } from "@/lib/time/oslo";

/**
 * The thresholds shown next to each figure. Caseload, employer contacts and days to first
 * contact are IPS-25 items. IPS-25 has no employment rate; 40 % in competitive work is the
 * benchmark IPS programmes commonly report against. Follow-along uses the IPS-25 anchor
 * "most (more than 90 %) get the follow-along support", measured as steps done on time.
 */
export const IPS = {
  caseload: 20,
  employerContactsPerWeek: 6,
  daysToFirstContact: 30,
  competitiveWorkShare: 0.4,
  followAlongOnTimeShare: 0.9,
} as const;

/** Employer contacts are counted over the last 4 weeks. */
export const CONTACT_WEEKS = 4;
/** Days to first employer contact: participants taken on in the last 12 months. */
export const FIRST_CONTACT_LOOKBACK_DAYS = 365;
/** Follow-along steps due in the last 8 weeks, each with 3 days' grace. */
export const FOLLOW_ALONG_DAYS = 56;
export const FOLLOW_ALONG_GRACE_DAYS = 3;

const ACTIVE: ParticipantStatus[] = ["enrolled", "on_leave"];
const EMPLOYER_KINDS: ContactKind[] = ["employer", "workplace_visit"];

export interface FidelityParticipant {
  id: string;
  assignedTo: string | null;
  status: ParticipantStatus;
  /** "YYYY-MM-DD": when the participant joined the caseload. */
  enrolledAt: string;
}
export interface FidelityContact {
  participantId: string | null;
  staffId: string | null;
  kind: ContactKind;
  faceToFace: boolean;
  contactDate: string;
}
export interface FidelityWorkPeriod {
  participantId: string;
  kind: WorkKind;
  startsOn: string;
  endsOn: string | null;
}
export interface FidelityFollowUp {
  staffId: string | null;
  source: "next_action" | "cadence" | "fair_lead";
  dueOn: string;
  doneAt: Date | null;
}
export interface FidelityInputs {
  participants: FidelityParticipant[];
  contacts: FidelityContact[];
  workPeriods: FidelityWorkPeriod[];
  followUps: FidelityFollowUp[];
}

/** One figure: `meets` is null when there is nothing to measure yet. */
export interface Figure {
  value: number | null;
  threshold: number;
  meets: boolean | null;
}
export interface FidelityFigures {
  /** Active participants (enrolled or on leave); for the team, the average per specialist. */
  caseload: Figure & { active: number };
  employerContacts: Figure & { count: number };
  /** Median days; participants without a contact yet count with the days so far once past 30. */
  daysToFirstContact: Figure & { measured: number; within: number; pending: number; shareWithin: number | null };
  competitiveWork: Figure & { inWork: number; active: number };
  followAlong: Figure & { onTime: number; due: number };
}

const DAY_MS = 86_400_000;

/** "2026-11-28": the date in Oslo, where the staff work (the one definition in lib/participants/rules). */
export const osloDay = osloDate;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const atMost = (value: number | null, threshold: number) => (value === null ? null : value <= threshold);
const atLeast = (value: number | null, threshold: number) => (value === null ? null : value >= threshold);
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The five figures for a group of job specialists (one person, or the whole team). Team
 * figures pool everyone's participants and steps; caseload and contacts are per specialist.
 */
export function figuresFor(
  staffIds: string[],
  inputs: FidelityInputs,
  now: Date,
  caseloadTarget: number = IPS.caseload,
): FidelityFigures {
  const today = osloDay(now);
  const staff = new Set(staffIds);
  const people = Math.max(staffIds.length, 1);
  const mine = inputs.participants.filter((p) => p.assignedTo !== null && staff.has(p.assignedTo));
  const active = mine.filter((p) => ACTIVE.includes(p.status));

  const caseloadValue = staffIds.length === 0 ? null : active.length / people;
  // A municipality may aim lower than IPS (e.g. 15), never higher.
  const caseloadLimit = Math.min(caseloadTarget, IPS.caseload);

  const contactsFrom = addDays(today, -CONTACT_WEEKS * 7);
  const isEmployerFaceToFace = (c: FidelityContact) => c.faceToFace && EMPLOYER_KINDS.includes(c.kind);
  const recent = inputs.contacts.filter(
    (c) =>
      c.staffId !== null &&
      staff.has(c.staffId) &&
      isEmployerFaceToFace(c) &&
      c.contactDate > contactsFrom &&
      c.contactDate <= today,
  );
  const perWeek = staffIds.length === 0 ? null : recent.length / CONTACT_WEEKS / people;

  const firstContact = new Map<string, string>();
  for (const c of inputs.contacts) {
    if (!c.participantId || !isEmployerFaceToFace(c) || c.contactDate > today) continue;
    const seen = firstContact.get(c.participantId);
    if (!seen || c.contactDate < seen) firstContact.set(c.participantId, c.contactDate);
  }
  const since = addDays(today, -FIRST_CONTACT_LOOKBACK_DAYS);
  const days: number[] = [];
  let within = 0;
  let pending = 0;
  for (const p of mine.filter((m) => m.enrolledAt >= since && m.enrolledAt <= today)) {
    const first = firstContact.get(p.id);
    // Contacts before the participant joined the caseload belong to an earlier round.
    const d = first && first >= p.enrolledAt ? daysBetween(p.enrolledAt, first) : null;
    if (d !== null) {
      days.push(d);
      if (d <= IPS.daysToFirstContact) within++;
      continue;
    }
    const waited = daysBetween(p.enrolledAt, today);
    // Still inside the 30 days: too early to tell. Past them: already late, at least this late.
    if (waited <= IPS.daysToFirstContact) pending++;
    else days.push(waited);
  }
  const medianDays = median(days);

  const inJob = new Set(
    inputs.workPeriods
      .filter((w) => w.kind === "job" && w.startsOn <= today && (w.endsOn === null || w.endsOn >= today))
      .map((w) => w.participantId),
  );
  const working = active.filter((p) => inJob.has(p.id)).length;
  const workShare = share(working, active.length);

  const stepsFrom = addDays(today, -FOLLOW_ALONG_DAYS);
  let due = 0;
  let onTime = 0;
  for (const f of inputs.followUps) {
    if (f.source !== "cadence" || f.staffId === null || !staff.has(f.staffId)) continue;
    if (f.dueOn < stepsFrom || f.dueOn > today) continue;
    const deadline = addDays(f.dueOn, FOLLOW_ALONG_GRACE_DAYS);
    if (f.doneAt === null && deadline >= today) continue; // not late yet
    due++;
    if (f.doneAt !== null && osloDay(f.doneAt) <= deadline) onTime++;
  }
  const followShare = share(onTime, due);

  return {
    caseload: {
      value: caseloadValue,
      threshold: caseloadLimit,
      meets: atMost(caseloadValue, caseloadLimit),
      active: active.length,
    },
    employerContacts: {
      value: perWeek,
      threshold: IPS.employerContactsPerWeek,
      meets: atLeast(perWeek, IPS.employerContactsPerWeek),
      count: recent.length,
    },
    daysToFirstContact: {
      value: medianDays,
      threshold: IPS.daysToFirstContact,
      meets: atMost(medianDays, IPS.daysToFirstContact),
      measured: days.length,
      within,
      pending,
      shareWithin: share(within, days.length),
    },
    competitiveWork: {
      value: workShare,
      threshold: IPS.competitiveWorkShare,
      meets: atLeast(workShare, IPS.competitiveWorkShare),
      inWork: working,
      active: active.length,
    },
    followAlong: {
      value: followShare,
      threshold: IPS.followAlongOnTimeShare,
      meets: atLeast(followShare, IPS.followAlongOnTimeShare),
      onTime,
      due,
    },
  };
}

export interface FidelityPanel {
  specialists: { staffId: string; figures: FidelityFigures }[];
  team: FidelityFigures;
}

/** Figures for each specialist and for the team. The caseload threshold is the municipality's own target when it has one. */
export function fidelityFigures(
  staffIds: string[],
  inputs: FidelityInputs,
  now: Date,
  caseloadTarget: number = IPS.caseload,
): FidelityPanel {
  return {
    specialists: staffIds.map((staffId) => ({ staffId, figures: figuresFor([staffId], inputs, now, caseloadTarget) })),
    team: figuresFor(staffIds, inputs, now, caseloadTarget),
  };
}
