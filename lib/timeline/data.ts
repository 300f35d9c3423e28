import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import {
  consents,
  contacts,
  organizations,
  participantOutcomes,
  participantStatusChanges,
  participants,
  users,
  workPeriods,
} from "@/db/schema";
import type {
  ConsentMethod,
  ConsentScope,
  ContactChannel,
  ContactKind,
  ContactPurpose,
  WorkKind,
} from "@/db/schema/follow-up";
import type { Outcome, OutcomeTimepoint, ParticipantStatus } from "@/db/schema/participants";
import type { Ctx } from "@/lib/auth/session";
import { requireEmployer, type EmployerRef } from "@/lib/employers/data/employers";
import { sortTimeline } from "@/lib/follow-ups/rules";
import { requireParticipant } from "@/lib/participants/data";
import { osloDate } from "@/lib/time/oslo";

/** Who an event is about, on an employer's timeline: null when nobody, "anonymized" when the name is gone. */
type About = { participant?: { id: string; name: string } | "anonymized" | null };
type Base = { id: string; on: string; at: Date };

export type TimelineEvent = Base &
  (
    | ({
        kind: "contact";
        contactKind: ContactKind;
        channel: ContactChannel;
        purpose: ContactPurpose;
        faceToFace: boolean;
        notes: string | null;
        /** A note exists but belongs on the participant's own timeline. */ notesHidden?: boolean;
        staffName: string | null;
        employerId: string | null;
        employerName: string | null;
      } & About)
    | { kind: "status"; from: ParticipantStatus | null; to: ParticipantStatus; byName: string | null }
    | { kind: "consentGiven"; scope: ConsentScope; method: ConsentMethod; byName: string | null }
    | { kind: "consentWithdrawn"; scope: ConsentScope; byName: string | null }
    | ({
        kind: "work";
        workKind: WorkKind;
        employerId: string | null;
        employerName: string;
        startsOn: string;
        endsOn: string | null;
      } & About)
    | { kind: "outcome"; timepoint: OutcomeTimepoint; outcome: Outcome; reason: string | null }
  );

const staff = alias(users, "staff");
const contactColumns = {
  id: contacts.id,
  on: contacts.contactDate,
  at: contacts.createdAt,
  contactKind: contacts.kind,
  channel: contacts.channel,
  purpose: contacts.purpose,
  faceToFace: contacts.faceToFace,
  notes: contacts.notes,
  staffName: staff.name,
  employerId: contacts.employerId,
  employerName: organizations.name,
};
const workColumns = {
  id: workPeriods.id,
  at: workPeriods.createdAt,
  workKind: workPeriods.kind,
  employerId: workPeriods.employerId,
  employerName: workPeriods.employerName,
  startsOn: workPeriods.startsOn,
  endsOn: workPeriods.endsOn,
};

/**
 * Everything that happened to one participant of the caller's municipality, newest first:
 * contacts, status changes, consents given and withdrawn, jobs and internships, outcomes.
 * The participant page that shows it writes the read to the audit log.
 */
export async function participantTimeline(ctx: Ctx, participantId: string): Promise<TimelineEvent[]> {
  const db = await getDb();
  await requireParticipant(db, ctx, participantId);
  const recorder = alias(users, "recorder");
  const withdrawer = alias(users, "withdrawer");
  const [contactRows, statusRows, consentRows, workRows, outcomeRows] = await Promise.all([
    db
      .select(contactColumns)
      .from(contacts)
      .leftJoin(staff, eq(staff.id, contacts.staffId))
      .leftJoin(organizations, eq(organizations.id, contacts.employerId))
      .where(
        and(eq(contacts.participantId, participantId), eq(contacts.municipalityId, ctx.membership.organizationId)),
      ),
    db
      .select({
        id: participantStatusChanges.id,
        at: participantStatusChanges.changedAt,
        from: participantStatusChanges.fromStatus,
        to: participantStatusChanges.toStatus,
        byName: staff.name,
      })
      .from(participantStatusChanges)
      .leftJoin(staff, eq(staff.id, participantStatusChanges.changedBy))
      .where(eq(participantStatusChanges.participantId, participantId)),
    db
      .select({
        id: consents.id,
        scope: consents.scope,
        method: consents.method,
        givenOn: consents.givenOn,
        recordedAt: consents.recordedAt,
        recordedBy: recorder.name,
        withdrawnAt: consents.withdrawnAt,
        withdrawnBy: withdrawer.name,
      })
      .from(consents)
      .leftJoin(recorder, eq(recorder.id, consents.recordedBy))
      .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnBy))
      .where(eq(consents.participantId, participantId)),
    db.select(workColumns).from(workPeriods).where(eq(workPeriods.participantId, participantId)),
    db
      .select({
        id: participantOutcomes.id,
        at: participantOutcomes.recordedAt,
        timepoint: participantOutcomes.timepoint,
        outcome: participantOutcomes.outcome,
        reason: participantOutcomes.reason,
      })
      .from(participantOutcomes)
      .where(eq(participantOutcomes.participantId, participantId)),
  ]);
  const events: TimelineEvent[] = [
    ...contactRows.map((c) => ({ ...c, kind: "contact" as const })),
    ...statusRows.map((s) => ({ ...s, kind: "status" as const, on: osloDate(s.at) })),
    ...consentRows.map((c) => ({
      kind: "consentGiven" as const,
      id: `${c.id}:given`,
      on: c.givenOn,
      at: c.recordedAt,
      scope: c.scope,
      method: c.method,
      byName: c.recordedBy,
    })),
    ...consentRows
      .filter((c) => c.withdrawnAt)
      .map((c) => ({
        kind: "consentWithdrawn" as const,
        id: `${c.id}:withdrawn`,
        on: osloDate(c.withdrawnAt!),
        at: c.withdrawnAt!,
        scope: c.scope,
        byName: c.withdrawnBy,
      })),
    ...workRows.map((w) => ({ ...w, kind: "work" as const, on: w.startsOn })),
    ...outcomeRows.map((o) => ({ ...o, kind: "outcome" as const, on: osloDate(o.at) })),
  ];
  return sortTimeline(events);
}

/**
 * An employer's history with the caller's municipality, newest first and a page at a time:
 * contacts by its staff with or about the employer, and jobs and internships of its
 * participants there. Notes of contacts about a participant stay on that participant's
 * timeline, where every read is audited; here they show only who, when, how and why.
 */
export async function employerTimeline(
  ctx: Ctx,
  employerId: string,
  paging: { page: number; pageSize: number } = { page: 1, pageSize: 50 },
): Promise<{ employer: EmployerRef; events: TimelineEvent[]; total: number }> {
  const db = await getDb();
  const employer = await requireEmployer(db, ctx, employerId);
  const person = {
    pid: participants.id,
    pFirst: participants.firstName,
    pLast: participants.lastName,
    anonymized: participants.anonymizedAt,
  };
  const contactWhere = and(
    eq(contacts.employerId, employer.id),
    eq(contacts.municipalityId, ctx.membership.organizationId),
  );
  const workWhere = and(
    eq(workPeriods.employerId, employer.id),
    eq(participants.municipalityId, ctx.membership.organizationId),
  );
  // The newest `upTo` of each kind hold the newest `upTo` of both together: merge, then cut the page.
  const upTo = paging.page * paging.pageSize;
  const [contactRows, workRows, [contactCount], [workCount]] = await Promise.all([
    db
      .select({ ...contactColumns, ...person })
      .from(contacts)
      .leftJoin(staff, eq(staff.id, contacts.staffId))
      .leftJoin(organizations, eq(organizations.id, contacts.employerId))
      .leftJoin(participants, eq(participants.id, contacts.participantId))
      .where(contactWhere)
      .orderBy(desc(contacts.contactDate), desc(contacts.createdAt))
      .limit(upTo),
    db
      .select({ ...workColumns, ...person })
      .from(workPeriods)
      .innerJoin(participants, eq(participants.id, workPeriods.participantId))
      .where(workWhere)
      .orderBy(desc(workPeriods.startsOn), desc(workPeriods.createdAt))
      .limit(upTo),
    db.select({ n: count() }).from(contacts).where(contactWhere),
    db
      .select({ n: count() })
      .from(workPeriods)
      .innerJoin(participants, eq(participants.id, workPeriods.participantId))
      .where(workWhere),
  ]);
  const about = (r: {
    pid: string | null;
    pFirst: string | null;
    pLast: string | null;
    anonymized: Date | null;
  }): About => ({
    participant: !r.pid ? null : r.anonymized ? "anonymized" : { id: r.pid, name: `${r.pFirst} ${r.pLast}` },
  });
  const events: TimelineEvent[] = [
    ...contactRows.map(({ pid, pFirst, pLast, anonymized, ...c }) => ({
      ...c,
      kind: "contact" as const,
      notes: pid ? null : c.notes,
      notesHidden: pid !== null && c.notes !== null,
      ...about({ pid, pFirst, pLast, anonymized }),
    })),
    ...workRows.map(({ pid, pFirst, pLast, anonymized, ...w }) => ({
      ...w,
      kind: "work" as const,
      on: w.startsOn,
      ...about({ pid, pFirst, pLast, anonymized }),
    })),
  ];
  return {
    employer,
    events: sortTimeline(events).slice(upTo - paging.pageSize, upTo),
    total: contactCount.n + workCount.n,
  };
}
