// The meeting invitation email in both languages: when, where, the agenda, a link to the
// meeting page, and the calendar file as an attachment. Representatives may not use Lagspill,
// so the text stands on its own.
import type { OutgoingEmail } from "@/lib/email/data";
import { emailLayout } from "@/lib/email/templates";
import { formatDateTime, formatTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

export interface InvitationFacts {
  council: string;
  secretariat: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  /** Numbered lines, see agendaLines(). */
  agenda: string[];
  href: string;
  again: boolean;
}

export const CALENDAR_FILE_NAME = "mote.ics";

export function invitationEmail(to: string, p: InvitationFacts, calendar: string, locale: Locale): OutgoingEmail {
  const when = formatDateTime(p.startsAt, locale);
  const until = formatTime(p.endsAt, locale);
  const t =
    locale === "en"
      ? {
          subject: `${p.again ? "Updated invitation" : "Invitation"}: ${p.title}`,
          intro: `${p.secretariat} invites you, as a representative on ${p.council}, to "${p.title}".`,
          whenWhere: `When: ${when}–${until}. Where: ${p.venue}.`,
          agenda: p.agenda.length ? "Agenda:" : "The agenda will follow.",
          outro: "The calendar file is attached. Reply to the secretariat if you cannot come.",
          label: "Open the meeting in Lagspill",
        }
      : {
          subject: `${p.again ? "Oppdatert innkalling" : "Innkalling"}: ${p.title}`,
          intro: `${p.secretariat} kaller deg inn som representant i ${p.council} til «${p.title}».`,
          whenWhere: `Når: ${when}–${until}. Hvor: ${p.venue}.`,
          agenda: p.agenda.length ? "Sakliste:" : "Saklisten kommer senere.",
          outro: "Kalenderfilen ligger vedlagt. Gi beskjed til sekretariatet hvis du ikke kan komme.",
          label: "Åpne møtet i Lagspill",
        };
  const lines = [t.intro, t.whenWhere, t.agenda, ...p.agenda, t.outro];
  return {
    to,
    subject: t.subject,
    template: "council_invitation",
    text: `${lines.join("\n")}\n\n${t.label}: ${p.href}\n`,
    html: emailLayout(lines, { href: p.href, label: t.label }),
    attachments: [{ filename: CALENDAR_FILE_NAME, contentType: "text/calendar; charset=utf-8", content: calendar }],
  };
}
