// Emails when the interview schedule is published: to each public candidate with interviews
// (their personal schedule link) and to whoever registered each stand with interviews.
import type { OutgoingEmail } from "@/lib/email/data";
import { emailLayout } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locale";

function email(
  to: string,
  template: string,
  subject: string,
  lines: string[],
  link: { href: string; label: string },
): OutgoingEmail {
  return {
    to,
    subject,
    text: `${lines.join("\n")}\n\n${link.label}: ${link.href}\n`,
    html: emailLayout(lines, link),
    template,
  };
}

export function candidateScheduleEmail(
  to: string,
  p: { name: string; eventTitle: string; date: string; count: number; href: string },
  locale: Locale,
): OutgoingEmail {
  return locale === "en"
    ? email(
        to,
        "fair_schedule_candidate",
        `Your interviews at ${p.eventTitle}`,
        [
          `Hi ${p.name},`,
          `Your speed-interview schedule for ${p.eventTitle} on ${p.date} is ready: ${p.count} ${p.count === 1 ? "interview" : "interviews"}.`,
          "The page shows the times, the employers and where to go. You can print it or add it to your calendar, and show the QR code at the door.",
        ],
        { href: p.href, label: "See your schedule" },
      )
    : email(
        to,
        "fair_schedule_candidate",
        `Intervjuene dine på ${p.eventTitle}`,
        [
          `Hei ${p.name},`,
          `Timeplanen for hurtigintervjuene dine på ${p.eventTitle} ${p.date} er klar: ${p.count} ${p.count === 1 ? "intervju" : "intervjuer"}.`,
          "Siden viser tidspunktene, arbeidsgiverne og hvor du skal. Du kan skrive den ut eller legge den i kalenderen, og vise QR-koden i døra.",
        ],
        { href: p.href, label: "Se timeplanen din" },
      );
}

export function employerScheduleEmail(
  to: string,
  p: { employer: string; eventTitle: string; date: string; count: number; href: string },
  locale: Locale,
): OutgoingEmail {
  return locale === "en"
    ? email(
        to,
        "fair_schedule_employer",
        `Interview schedule for ${p.eventTitle}`,
        [
          `The speed-interview schedule for ${p.eventTitle} on ${p.date} is published.`,
          `${p.employer} has ${p.count} ${p.count === 1 ? "interview" : "interviews"}. Sign in to see the times and the candidates, print the list or download a calendar file.`,
        ],
        { href: p.href, label: "See the schedule" },
      )
    : email(
        to,
        "fair_schedule_employer",
        `Intervjuplan for ${p.eventTitle}`,
        [
          `Timeplanen for hurtigintervjuene på ${p.eventTitle} ${p.date} er publisert.`,
          `${p.employer} har ${p.count} ${p.count === 1 ? "intervju" : "intervjuer"}. Logg inn for å se tidspunktene og kandidatene, skrive ut listen eller laste ned en kalenderfil.`,
        ],
        { href: p.href, label: "Se timeplanen" },
      );
}
