import "server-only";
import { and, asc, desc, eq, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import {
  councilActionItems,
  councilAgendaItems,
  councilAttendance,
  councilDecisions,
  councilMeetings,
  councilRepresentatives,
  organizations,
  type CouncilMeeting,
} from "@/db/schema";
import type { ActionStatus } from "@/db/schema/council";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { mayRunMeetings } from "../access";
import { requireCouncil, type CouncilInScope } from "./council";
import { isOpenForPlanning, meetingStatusTargets, minutesVisible } from "../rules";
import type { MeetingInput } from "../schemas";

/** A meeting of the scope's council, or NotFoundError: another council's id is as unknown as a made-up one. */
export async function meetingOf(scope: CouncilInScope, id: string): Promise<CouncilMeeting> {
  if (!isUuid(id)) throw new NotFoundError("meeting");
  const db = await getDb();
  const [row] = await db
    .select()
    .from(councilMeetings)
    .where(and(eq(councilMeetings.id, id), eq(councilMeetings.councilId, scope.council.id)))
    .limit(1);
  if (!row) throw new NotFoundError("meeting");
  return row;
}

export type MeetingListRow = Pick<
  CouncilMeeting,
  "id" | "title" | "startsAt" | "endsAt" | "venue" | "status" | "minutesStatus" | "invitationSentAt"
>;

/** Upcoming meetings (planned, not yet over) soonest first; the rest latest first. */
export async function listMeetings(
  scope: CouncilInScope,
  now: Date,
): Promise<{ upcoming: MeetingListRow[]; past: MeetingListRow[] }> {
  const db = await getDb();
  const rows = await db
    .select({
      id: councilMeetings.id,
      title: councilMeetings.title,
      startsAt: councilMeetings.startsAt,
      endsAt: councilMeetings.endsAt,
      venue: councilMeetings.venue,
      status: councilMeetings.status,
      minutesStatus: councilMeetings.minutesStatus,
      invitationSentAt: councilMeetings.invitationSentAt,
    })
    .from(councilMeetings)
    .where(eq(councilMeetings.councilId, scope.council.id))
    .orderBy(desc(councilMeetings.startsAt));
  const isUpcoming = (r: MeetingListRow) => r.status === "planned" && r.endsAt.getTime() >= now.getTime();
  return { upcoming: rows.filter(isUpcoming).reverse(), past: rows.filter((r) => !isUpcoming(r)) };
}

export interface AgendaItem {
  id: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  minutes: number | null;
  attachmentUrl: string | null;
}

export interface MeetingPage {
  scope: CouncilInScope;
  meeting: CouncilMeeting;
  agenda: AgendaItem[];
  decisions: { id: string; position: number; text: string }[];
  /** Active representatives, and inactive ones recorded for this meeting; `present` null when not recorded. */
  attendance: {
    representativeId: string;
    name: string;
    title: string | null;
    organizationName: string;
    present: boolean | null;
  }[];
  actionItems: { id: string; title: string; ownerName: string; dueOn: string; status: ActionStatus }[];
  runsMeetings: boolean;
  /** Draft records (minutes, decisions, attendance) are the secretariat's until approved. */
  recordHidden: boolean;
}

export async function agendaOf(meetingId: string): Promise<AgendaItem[]> {
  const db = await getDb();
  return db
    .select({
      id: councilAgendaItems.id,
      title: councilAgendaItems.title,
      ownerId: councilAgendaItems.ownerId,
      ownerName: organizations.name,
      minutes: councilAgendaItems.minutes,
      attachmentUrl: councilAgendaItems.attachmentUrl,
    })
    .from(councilAgendaItems)
    .leftJoin(organizations, eq(organizations.id, councilAgendaItems.ownerId))
    .where(eq(councilAgendaItems.meetingId, meetingId))
    .orderBy(asc(councilAgendaItems.position));
}

/** Everything the meeting page shows. Draft minutes, decisions and attendance are blanked for anyone but the secretariat. */
export async function loadMeeting(ctx: Ctx, id: string): Promise<MeetingPage> {
  const scope = await requireCouncil(ctx);
  const meeting = await meetingOf(scope, id);
  const runsMeetings = mayRunMeetings(scope.role);
  const db = await getDb();
  const [agenda, decisions, reps, actionItems] = await Promise.all([
    agendaOf(id),
    db
      .select({ id: councilDecisions.id, position: councilDecisions.position, text: councilDecisions.text })
      .from(councilDecisions)
      .where(eq(councilDecisions.meetingId, id))
      .orderBy(asc(councilDecisions.position)),
    db
      .select({
        representativeId: councilRepresentatives.id,
        name: councilRepresentatives.name,
        title: councilRepresentatives.title,
        organizationName: organizations.name,
        present: councilAttendance.present,
      })
      .from(councilRepresentatives)
      .innerJoin(organizations, eq(organizations.id, councilRepresentatives.organizationId))
      .leftJoin(
        councilAttendance,
        and(eq(councilAttendance.representativeId, councilRepresentatives.id), eq(councilAttendance.meetingId, id)),
      )
      .where(
        and(
          eq(councilRepresentatives.councilId, scope.council.id),
          or(eq(councilRepresentatives.active, true), sql`${councilAttendance.present} is not null`),
        ),
      )
      .orderBy(asc(organizations.name), asc(councilRepresentatives.name)),
    db
      .select({
        id: councilActionItems.id,
        title: councilActionItems.title,
        ownerName: organizations.name,
        dueOn: councilActionItems.dueOn,
        status: councilActionItems.status,
      })
      .from(councilActionItems)
      .innerJoin(organizations, eq(organizations.id, councilActionItems.ownerOrgId))
      .where(and(eq(councilActionItems.meetingId, id), eq(councilActionItems.councilId, scope.council.id)))
      .orderBy(asc(councilActionItems.dueOn), asc(councilActionItems.title)),
  ]);
  const shown = minutesVisible(meeting, runsMeetings) ? meeting : { ...meeting, minutes: "" };
  const recordHidden = !runsMeetings && meeting.minutesStatus !== "approved";
  return {
    scope,
    meeting: shown,
    agenda,
    decisions: recordHidden ? [] : decisions,
    attendance: recordHidden ? reps.map((r) => ({ ...r, present: null })) : reps,
    actionItems,
    runsMeetings,
    recordHidden,
  };
}

async function writeAgenda(
  tx: Tx,
  scope: CouncilInScope,
  meetingId: string,
  agenda: MeetingInput["agenda"],
): Promise<void> {
  // The owner list in the form holds member organizations only; anything else is a tampered form.
  if (agenda.some((a) => a.ownerId && !scope.members.some((m) => m.id === a.ownerId)))
    throw new UserError("meetings.errors.owner");
  await tx.delete(councilAgendaItems).where(eq(councilAgendaItems.meetingId, meetingId));
  if (agenda.length > 0)
    await tx.insert(councilAgendaItems).values(agenda.map((a, i) => ({ ...a, meetingId, position: i + 1 })));
}

/** A new planned meeting with its agenda (secretariat only). */
export async function createMeeting(ctx: Ctx, input: MeetingInput): Promise<string> {
  const scope = await requireCouncil(ctx, "runMeetings");
  const { agenda, ...values } = input;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(councilMeetings)
      .values({ ...values, councilId: scope.council.id, createdBy: ctx.userId })
      .returning({ id: councilMeetings.id });
    await writeAgenda(tx, scope, row.id, agenda);
    return row.id;
  });
}

/** Saves an edit of a planned meeting only if nobody saved in between (optimistic version); the agenda is replaced. */
export async function updateMeeting(ctx: Ctx, id: string, version: number, input: MeetingInput): Promise<void> {
  const scope = await requireCouncil(ctx, "runMeetings");
  const meeting = await meetingOf(scope, id);
  if (!isOpenForPlanning(meeting)) throw new UserError("meetings.errors.notPlanned");
  const { agenda, ...values } = input;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(councilMeetings)
      .set({ ...values, version: sql`${councilMeetings.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(councilMeetings.id, id),
          eq(councilMeetings.version, version),
          eq(councilMeetings.councilId, scope.council.id),
        ),
      )
      .returning({ id: councilMeetings.id });
    if (updated.length === 0) throw new UserError("meetings.errors.stale");
    await writeAgenda(tx, scope, id, agenda);
  });
}

/** Marks a planned meeting held (once started) or cancels it; the same version check. */
export async function setMeetingStatus(
  ctx: Ctx,
  id: string,
  version: number,
  status: "held" | "cancelled",
  now: Date,
): Promise<void> {
  const scope = await requireCouncil(ctx, "runMeetings");
  const meeting = await meetingOf(scope, id);
  if (!meetingStatusTargets(meeting, now).includes(status)) throw new UserError("meetings.errors.statusNotAllowed");
  const db = await getDb();
  const updated = await db
    .update(councilMeetings)
    .set({ status, version: sql`${councilMeetings.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(councilMeetings.id, id),
        eq(councilMeetings.version, version),
        eq(councilMeetings.councilId, scope.council.id),
      ),
    )
    .returning({ id: councilMeetings.id });
  if (updated.length === 0) throw new UserError("meetings.errors.stale");
}

/** Active representatives of the council, for invitations. */
export async function activeRepresentatives(scope: CouncilInScope) {
  const db = await getDb();
  return db
    .select({ id: councilRepresentatives.id, name: councilRepresentatives.name, email: councilRepresentatives.email })
    .from(councilRepresentatives)
    .where(and(eq(councilRepresentatives.councilId, scope.council.id), eq(councilRepresentatives.active, true)))
    .orderBy(asc(councilRepresentatives.name));
}
