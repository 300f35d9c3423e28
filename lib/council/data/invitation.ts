import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { councilMeetings, type CouncilMeeting } from "@/db/schema";
import { UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/config";
import { localesOf, sendEmail } from "@/lib/email/data";
import { calendarFileName } from "@/lib/interviews/rules";
import type { Locale } from "@/lib/i18n/locale";
import { agendaLines, meetingCalendarFile } from "../calendar";
import { requireCouncil, type CouncilInScope } from "./council";
import { CALENDAR_FILE_NAME, invitationEmail } from "../emails";
import { activeRepresentatives, agendaOf, meetingOf } from "./meetings";
import { isOpenForPlanning } from "../rules";

const MINUTES_WORD = { nb: "min", en: "min" } as const;

function meetingHref(id: string): string {
  return `${appBaseUrl()}/council/meetings/${id}`;
}

async function calendarFor(
  scope: CouncilInScope,
  meeting: CouncilMeeting,
  locale: Locale,
): Promise<{ file: string; agenda: string[] }> {
  const agenda = agendaLines(await agendaOf(meeting.id), MINUTES_WORD[locale]);
  const file = meetingCalendarFile({
    uid: `${meeting.id}@lagspill`,
    title: meeting.title,
    description: [scope.council.name, ...agenda].join("\n"),
    location: meeting.venue,
    start: meeting.startsAt,
    end: meeting.endsAt,
    url: meetingHref(meeting.id),
  });
  return { file, agenda };
}

/**
 * Emails the invitation with the agenda and a calendar file to every active representative, in
 * one transaction with the meeting's `invitation_sent_at`. Sending a second time must be confirmed.
 * Returns how many were sent.
 */
export async function sendInvitation(
  ctx: Ctx,
  id: string,
  version: number,
  again: boolean,
  locale: Locale,
  now: Date,
): Promise<number> {
  const scope = await requireCouncil(ctx, "runMeetings");
  const meeting = await meetingOf(scope, id);
  if (!isOpenForPlanning(meeting)) throw new UserError("meetings.errors.notPlanned");
  if (meeting.invitationSentAt && !again) throw new UserError("meetings.errors.alreadySent");
  const recipients = await activeRepresentatives(scope);
  if (recipients.length === 0) throw new UserError("meetings.errors.noRepresentatives");
  // Each representative in their own language when they have an account, else the sender's (`locale`).
  const db = await getDb();
  const localeFor = await localesOf(
    db,
    recipients.map((r) => r.email),
    locale,
  );
  const calendars = new Map<Locale, { file: string; agenda: string[] }>();
  for (const l of new Set(recipients.map((r) => localeFor(r.email))))
    calendars.set(l, await calendarFor(scope, meeting, l));
  const facts = {
    council: scope.council.name,
    secretariat: scope.secretariatName,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    venue: meeting.venue,
    href: meetingHref(meeting.id),
    again: meeting.invitationSentAt !== null,
  };
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(councilMeetings)
      .set({ invitationSentAt: now, version: sql`${councilMeetings.version} + 1`, updatedAt: now })
      .where(
        and(
          eq(councilMeetings.id, id),
          eq(councilMeetings.version, version),
          eq(councilMeetings.councilId, scope.council.id),
        ),
      )
      .returning({ id: councilMeetings.id });
    if (updated.length === 0) throw new UserError("meetings.errors.stale");
    for (const r of recipients) {
      const l = localeFor(r.email);
      const { file, agenda } = calendars.get(l)!;
      await sendEmail(tx, invitationEmail(r.email, { ...facts, agenda }, file, l));
    }
  });
  return recipients.length;
}

/** The meeting as a calendar file, for any member's download. */
export async function meetingCalendar(
  ctx: Ctx,
  id: string,
  locale: Locale,
): Promise<{ fileName: string; body: string }> {
  const scope = await requireCouncil(ctx);
  const meeting = await meetingOf(scope, id);
  const { file } = await calendarFor(scope, meeting, locale);
  return { fileName: meeting.title ? calendarFileName(meeting.title) : CALENDAR_FILE_NAME, body: file };
}
