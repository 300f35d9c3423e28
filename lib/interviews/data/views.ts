import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import {
  events,
  fairCandidates,
  fairInterviews,
  fairStands,
  organizations,
  participants,
  type Event,
} from "@/db/schema";
import type { Cefr, EducationLevel } from "@/db/schema/participants";
import { fairCandidateIdByToken } from "@/lib/access-tokens/data";
import type { Ctx } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/config";
import { loadEvent, type EventInScope } from "@/lib/events/data";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { exhibitorMayNameSql } from "@/lib/privacy/visibility";
import { mayViewSchedule, scheduleViewOf } from "../access";
import { interviewSettings, roundTimes, type InterviewSettings } from "../rules";

/** One line of a personal schedule, with its times. */
export interface ScheduleLine {
  id: string;
  round: number;
  start: Date;
  end: Date;
  tableNo: number;
  employerName: string;
  standNumber: string | null;
  /**
   * Null when the interview is cancelled: the candidate cancelled, or (a programme participant)
   * withdrew the consent to share with exhibitors, so the employer is not told who it was.
   */
  candidateName: string | null;
  /** Only when the candidate agreed to share the profile with exhibitors. */
  profile: {
    educationLevel: EducationLevel;
    educationField: string | null;
    occupations: string[];
    norwegianLevel: Cefr | null;
    englishLevel: Cefr | null;
  } | null;
}

/**
 * The interviews `where` selects, by round. A line whose candidate may no longer be named to the
 * fair's employers (lib/privacy/visibility.ts) keeps its time and table as "cancelled", without
 * name or profile, when `cancelled` is "show" (the employer's view); otherwise it is left out.
 */
async function lines(where: SQL, settings: InterviewSettings, cancelled: "show" | "omit"): Promise<ScheduleLine[]> {
  const db = await getDb();
  const named = sql<boolean>`(${fairCandidates.status} = 'registered' and ${exhibitorMayNameSql()})`;
  const rows = await db
    .select({
      id: fairInterviews.id,
      round: fairInterviews.round,
      tableNo: fairInterviews.tableNo,
      employerName: organizations.name,
      standNumber: fairStands.standNumber,
      named,
      candidateName: fairCandidates.name,
      share: fairCandidates.shareWithExhibitors,
      educationLevel: fairCandidates.educationLevel,
      educationField: fairCandidates.educationField,
      occupations: fairCandidates.occupations,
      norwegianLevel: fairCandidates.norwegianLevel,
      englishLevel: fairCandidates.englishLevel,
    })
    .from(fairInterviews)
    .innerJoin(fairCandidates, eq(fairCandidates.id, fairInterviews.candidateId))
    .innerJoin(fairStands, eq(fairStands.id, fairInterviews.standId))
    .innerJoin(organizations, eq(organizations.id, fairStands.employerId))
    .where(and(where, cancelled === "omit" ? named : undefined, eq(fairStands.status, "registered")))
    .orderBy(asc(fairInterviews.round), asc(organizations.name), asc(fairInterviews.tableNo));
  return rows.map(
    ({
      named,
      candidateName,
      share,
      educationLevel,
      educationField,
      occupations,
      norwegianLevel,
      englishLevel,
      ...r
    }) => ({
      ...r,
      ...roundTimes(settings.startsAt, settings.minutes, r.round),
      candidateName: named ? candidateName : null,
      profile: named && share ? { educationLevel, educationField, occupations, norwegianLevel, englishLevel } : null,
    }),
  );
}

export type ViewerSchedule =
  | { scope: EventInScope; published: false }
  | { scope: EventInScope; published: true; kind: "employer" | "municipality"; lines: ScheduleLine[] };

/**
 * What a signed-in non-organizer sees once the schedule is published: an employer its own
 * stand's interviews; municipality staff (in the city or co-hosting) their municipality's participants.
 */
export async function viewerSchedule(ctx: Ctx, eventId: string): Promise<ViewerSchedule> {
  const scope = await loadEvent(ctx, eventId, mayViewSchedule);
  const settings = interviewSettings(scope.event);
  if (!scope.event.schedulePublishedAt || !settings) return { scope, published: false };
  const org = ctx.membership.organizationId;
  if (scheduleViewOf(ctx.membership.role) === "employer") {
    const mine = sql`${fairStands.employerId} = ${org}`;
    return {
      scope,
      published: true,
      kind: "employer",
      lines: await lines(and(eq(fairInterviews.eventId, eventId), mine)!, settings, "show"),
    };
  }
  const ours = sql`${fairCandidates.participantId} in (select ${participants.id} from ${participants} where ${participants.municipalityId} = ${org})`;
  const rows = await lines(and(eq(fairInterviews.eventId, eventId), ours)!, settings, "omit");
  // Municipality staff see their own participants' schedule, never other candidates' profiles.
  return { scope, published: true, kind: "municipality", lines: rows.map((l) => ({ ...l, profile: null })) };
}

export interface CandidateSchedule {
  candidateId: string;
  candidateName: string;
  locale: Locale;
  event: Pick<Event, "id" | "title" | "venue" | "startsAt" | "endsAt">;
  published: boolean;
  lines: ScheduleLine[];
}

/** A public candidate's schedule by the token in their link; null for unknown, malformed or expired tokens. */
export async function candidateSchedule(token: string): Promise<CandidateSchedule | null> {
  const candidateId = await fairCandidateIdByToken(token);
  if (!candidateId) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: fairCandidates.id,
      name: fairCandidates.name,
      status: fairCandidates.status,
      locale: fairCandidates.locale,
      event: events,
    })
    .from(fairCandidates)
    .innerJoin(events, eq(events.id, fairCandidates.eventId))
    .where(eq(fairCandidates.id, candidateId));
  if (!row || row.event.kind !== "career_fair") return null;
  const { event } = row;
  const settings = interviewSettings(event);
  const published = Boolean(event.schedulePublishedAt && settings && row.status === "registered");
  return {
    candidateId: row.id,
    candidateName: row.name,
    locale: isLocale(row.locale) ? row.locale : "nb",
    event: { id: event.id, title: event.title, venue: event.venue, startsAt: event.startsAt, endsAt: event.endsAt },
    published,
    lines: published && settings ? await lines(eq(fairInterviews.candidateId, row.id), settings, "omit") : [],
  };
}

/** The address on the candidate's QR code: staff at the door open it to check them in. */
export function checkInUrl(eventId: string, candidateId: string): string {
  return `${appBaseUrl()}/events/${eventId}/check-in/${candidateId}`;
}
