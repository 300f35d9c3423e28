import "server-only";
import { createTranslator } from "next-intl";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { calendarFile, calendarFileName } from "./rules";
import { candidateSchedule, viewerSchedule, type ScheduleLine } from "./data/views";

export interface CalendarDownload {
  fileName: string;
  body: string;
}

function build(
  locale: Locale,
  p: { eventId: string; eventTitle: string; venue: string; lines: ScheduleLine[]; perspective: "candidate" | "stand" },
): CalendarDownload {
  // The file leaves the request, so it is translated for its reader, not by the request's cookie.
  const t = createTranslator({ locale, messages: messages[locale], namespace: "interviews.calendar" });
  const items = p.lines.map((l) => ({
    uid: `${l.id}@lagspill`,
    title:
      p.perspective === "candidate"
        ? t("candidateTitle", { employer: l.employerName })
        : l.candidateName === null
          ? t("standCancelled")
          : t("standTitle", { candidate: l.candidateName }),
    description: t("description", { title: p.eventTitle, table: l.tableNo + 1 }),
    location: l.standNumber ? t("locationWithStand", { venue: p.venue, stand: l.standNumber }) : p.venue,
    start: l.start,
    end: l.end,
  }));
  return { fileName: calendarFileName(`${t("fileName")} ${p.eventTitle}`), body: calendarFile(p.eventTitle, items) };
}

/** An employer's (or municipality's) published interviews as an .ics file. */
export async function viewerCalendar(ctx: Ctx, eventId: string, locale: Locale): Promise<CalendarDownload> {
  const data = await viewerSchedule(ctx, eventId);
  if (!data.published) throw new NotFoundError("schedule");
  const { event } = data.scope;
  const perspective = data.kind === "employer" ? "stand" : "candidate";
  return build(locale, { eventId, eventTitle: event.title, venue: event.venue, lines: data.lines, perspective });
}

/** A public candidate's published interviews as an .ics file, in the language they registered in. */
export async function candidateCalendar(token: string): Promise<CalendarDownload> {
  const data = await candidateSchedule(token);
  if (!data || !data.published) throw new NotFoundError("schedule");
  return build(data.locale, {
    eventId: data.event.id,
    eventTitle: data.event.title,
    venue: data.event.venue,
    lines: data.lines,
    perspective: "candidate",
  });
}

export function calendarResponse(file: CalendarDownload): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
