import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import {
  events,
  fairCandidates,
  fairInterviews,
  fairStands,
  fairWishes,
  organizations,
  users,
  type Event,
} from "@/db/schema";
import { issueManageToken } from "@/lib/access-tokens/data";
import { UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/config";
import { localesOf, sendEmail } from "@/lib/email/data";
import { loadEvent, type EventInScope } from "@/lib/events/data";
import { mayRunSchedule } from "../access";
import { formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locale";
import { exhibitorMayNameSql } from "@/lib/privacy/visibility";
import { candidateScheduleEmail, employerScheduleEmail } from "../emails";
import { conflicts, interviewSettings, qualityPercent, type Conflict, type InterviewSettings } from "../rules";
import { schedule, scheduleWeight, wantedPairs, type SchedulerInput } from "../scheduler";

export interface InterviewRow {
  id: string;
  candidateId: string;
  /** Null for a programme participant whose consent to share with exhibitors was withdrawn. */
  candidateName: string | null;
  standId: string;
  employerName: string;
  standNumber: string | null;
  round: number;
  tableNo: number;
  manual: boolean;
}

const rowColumns = {
  id: fairInterviews.id,
  candidateId: fairInterviews.candidateId,
  candidateName: sql<string | null>`case when ${exhibitorMayNameSql()} then fair_candidates.name end`,
  standId: fairInterviews.standId,
  employerName: organizations.name,
  standNumber: fairStands.standNumber,
  round: fairInterviews.round,
  tableNo: fairInterviews.tableNo,
  manual: fairInterviews.manual,
};

/** Every interview of the event, by round, then stand, then table. */
export async function interviewRows(db: Tx, eventId: string): Promise<InterviewRow[]> {
  return db
    .select(rowColumns)
    .from(fairInterviews)
    .innerJoin(fairCandidates, eq(fairCandidates.id, fairInterviews.candidateId))
    .innerJoin(fairStands, eq(fairStands.id, fairInterviews.standId))
    .innerJoin(organizations, eq(organizations.id, fairStands.employerId))
    .where(eq(fairInterviews.eventId, eventId))
    .orderBy(asc(fairInterviews.round), asc(organizations.name), asc(fairInterviews.tableNo), asc(fairCandidates.name));
}

export interface FairPeople {
  candidates: { id: string; name: string }[];
  stands: { id: string; name: string; standNumber: string | null; tables: number }[];
  wishes: SchedulerInput["wishes"];
}

/**
 * Who takes part: registered (not cancelled or waitlisted) candidates who may be named to the
 * fair's employers (lib/privacy/visibility.ts), the stands, and their wishes.
 */
export async function fairPeople(db: Tx, eventId: string): Promise<FairPeople> {
  const [candidates, stands, wishes] = await Promise.all([
    db
      .select({ id: fairCandidates.id, name: fairCandidates.name })
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, eventId), eq(fairCandidates.status, "registered"), exhibitorMayNameSql()))
      .orderBy(asc(fairCandidates.registeredAt), asc(fairCandidates.id)),
    db
      .select({
        id: fairStands.id,
        name: organizations.name,
        standNumber: fairStands.standNumber,
        tables: fairStands.tables,
      })
      .from(fairStands)
      .innerJoin(organizations, eq(organizations.id, fairStands.employerId))
      .where(and(eq(fairStands.eventId, eventId), eq(fairStands.status, "registered")))
      .orderBy(asc(organizations.name), asc(fairStands.id)),
    db
      .select({ candidateId: fairWishes.candidateId, standId: fairWishes.standId, by: fairWishes.by })
      .from(fairWishes)
      .where(eq(fairWishes.eventId, eventId))
      .orderBy(asc(fairWishes.createdAt), asc(fairWishes.id)),
  ]);
  return { candidates, stands, wishes };
}

export interface StaffSchedule {
  scope: EventInScope;
  settings: InterviewSettings | null;
  rows: InterviewRow[];
  conflicts: Conflict[];
  people: FairPeople;
  /** The current schedule's weight, the best possible (see scheduler.ts) and the share in percent. */
  quality: {
    objective: number;
    upperBound: number;
    percent: number;
    wishing: number;
    uncovered: { id: string; name: string }[];
  };
}

/** The organizer's view: the whole schedule, its conflicts and how good it is. */
export async function staffSchedule(ctx: Ctx, eventId: string): Promise<StaffSchedule> {
  const scope = await loadEvent(ctx, eventId, mayRunSchedule);
  const db = await getDb();
  const [rows, people] = await Promise.all([interviewRows(db, eventId), fairPeople(db, eventId)]);
  const settings = interviewSettings(scope.event);
  const input = {
    rounds: settings?.rounds ?? 0,
    stands: people.stands,
    candidates: people.candidates.map((c) => c.id),
    wishes: people.wishes,
  };
  // The bound is recomputed on every view (milliseconds for a real fair), so it stays right after manual edits.
  const best = schedule(input);
  const objective = scheduleWeight(wantedPairs(input), rows);
  const met = new Set(rows.map((r) => r.candidateId));
  const wishing = new Set(wantedPairs(input).map((p) => p.candidateId));
  const uncovered = people.candidates.filter((c) => wishing.has(c.id) && !met.has(c.id));
  const limits = { rounds: settings?.rounds ?? 0, tables: new Map(people.stands.map((s) => [s.id, s.tables])) };
  return {
    scope,
    settings,
    rows,
    conflicts: conflicts(rows, limits),
    people,
    quality: {
      objective,
      upperBound: best.upperBound,
      percent: qualityPercent(objective, best.upperBound),
      wishing: wishing.size,
      uncovered,
    },
  };
}

/**
 * The event for an organizer's change. Loaded before the transaction opens: loadEvent reads
 * through the shared handle, which on PGlite would wait for the open transaction forever.
 */
export async function organizerFair(ctx: Ctx, eventId: string): Promise<{ event: Event; settings: InterviewSettings }> {
  const { event } = await loadEvent(ctx, eventId, mayRunSchedule);
  const settings = interviewSettings(event);
  if (!settings) throw new UserError("interviews.errors.noSettings");
  return { event, settings };
}

/** Two staff members' changes to one schedule queue up instead of interleaving. */
export async function lock(tx: Tx, eventId: string): Promise<void> {
  await tx.execute(sql`select id from events where id = ${eventId} for update`);
}

/** Any change takes the schedule back to unpublished: what candidates see is always conflict-free. */
export async function unpublish(tx: Tx, eventId: string): Promise<void> {
  await tx.update(events).set({ schedulePublishedAt: null, updatedAt: new Date() }).where(eq(events.id, eventId));
}

/** Runs the scheduler and replaces the event's schedule with its result. */
export async function runScheduler(
  ctx: Ctx,
  eventId: string,
): Promise<{ interviews: number; objective: number; upperBound: number }> {
  const { settings } = await organizerFair(ctx, eventId);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lock(tx, eventId);
    const people = await fairPeople(tx, eventId);
    const result = schedule({
      rounds: settings.rounds,
      stands: people.stands,
      candidates: people.candidates.map((c) => c.id),
      wishes: people.wishes,
    });
    await tx.delete(fairInterviews).where(eq(fairInterviews.eventId, eventId));
    const values = result.interviews.map((i) => ({
      eventId,
      candidateId: i.candidateId,
      standId: i.standId,
      round: i.round,
      tableNo: i.table,
    }));
    for (let k = 0; k < values.length; k += 500) await tx.insert(fairInterviews).values(values.slice(k, k + 500));
    await unpublish(tx, eventId);
    return { interviews: values.length, objective: result.objective, upperBound: result.upperBound };
  });
}

/**
 * Publishes the schedule: refused while it has conflicts. In the same transaction every public
 * candidate with interviews gets their schedule link, and whoever registered each stand the staff link.
 */
export async function publishSchedule(
  ctx: Ctx,
  eventId: string,
  now = new Date(),
): Promise<{ candidates: number; employers: number }> {
  const { event, settings } = await organizerFair(ctx, eventId);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lock(tx, eventId);
    const rows = await interviewRows(tx, eventId);
    if (rows.length === 0) throw new UserError("interviews.errors.nothingToPublish");
    const stands = await tx
      .select({ id: fairStands.id, tables: fairStands.tables })
      .from(fairStands)
      .where(eq(fairStands.eventId, eventId));
    if (conflicts(rows, { rounds: settings.rounds, tables: new Map(stands.map((s) => [s.id, s.tables])) }).length > 0) {
      throw new UserError("interviews.errors.conflicts");
    }
    await tx.update(events).set({ schedulePublishedAt: now, updatedAt: now }).where(eq(events.id, eventId));

    const count = (key: "candidateId" | "standId", id: string) => rows.filter((r) => r[key] === id).length;
    const candidateIds = [...new Set(rows.map((r) => r.candidateId))];
    const publicCandidates = await tx
      .select({
        id: fairCandidates.id,
        name: fairCandidates.name,
        email: fairCandidates.email,
        locale: fairCandidates.locale,
      })
      .from(fairCandidates)
      .where(
        and(
          inArray(fairCandidates.id, candidateIds),
          sql`${fairCandidates.email} is not null`,
          eq(fairCandidates.status, "registered"),
        ),
      );
    for (const c of publicCandidates) {
      const locale = isLocale(c.locale) ? c.locale : "nb";
      const href = `${appBaseUrl()}/fairs/registration/${await issueManageToken(tx, c.id, event)}/schedule`;
      await sendEmail(
        tx,
        candidateScheduleEmail(
          c.email!,
          {
            name: c.name,
            eventTitle: event.title,
            date: formatDate(settings.startsAt, locale),
            count: count("candidateId", c.id),
            href,
          },
          locale,
        ),
      );
    }
    const standIds = [...new Set(rows.map((r) => r.standId))];
    const contacts = await tx
      .select({ standId: fairStands.id, email: users.email, employer: organizations.name })
      .from(fairStands)
      .innerJoin(users, eq(users.id, fairStands.registeredBy))
      .innerJoin(organizations, eq(organizations.id, fairStands.employerId))
      .where(and(inArray(fairStands.id, standIds), sql`${users.deactivatedAt} is null`));
    const localeFor = await localesOf(
      tx,
      contacts.map((c) => c.email),
      "nb",
    );
    for (const s of contacts) {
      const href = `${appBaseUrl()}/events/${eventId}/schedule`;
      const locale = localeFor(s.email);
      await sendEmail(
        tx,
        employerScheduleEmail(
          s.email,
          {
            employer: s.employer,
            eventTitle: event.title,
            date: formatDate(settings.startsAt, locale),
            count: count("standId", s.standId),
            href,
          },
          locale,
        ),
      );
    }
    return { candidates: publicCandidates.length, employers: contacts.length };
  });
}
