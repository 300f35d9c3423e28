// The weekly reminder of overdue action items, in both languages. It names the council, the
// items and their due dates, and links to the council's action list; nothing about participants.
import type { OutgoingEmail } from "@/lib/email/data";
import { emailLayout } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locale";

export interface ReminderContent {
  councilName: string;
  organizationName: string;
  overdue: { title: string; dueOn: string }[];
  soon: { title: string; dueOn: string }[];
  href: string;
}

/** "2026-11-28" as 28.11.2026 (nb) or 28/11/2026 (en). */
const day = (date: string, locale: Locale) => {
  const [y, m, d] = date.split("-");
  return locale === "en" ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

export function reminderEmail(to: string, c: ReminderContent, locale: Locale): OutgoingEmail {
  const item = (i: { title: string; dueOn: string }) =>
    locale === "en" ? `• ${i.title} (due ${day(i.dueOn, locale)})` : `• ${i.title} (frist ${day(i.dueOn, locale)})`;
  const t =
    locale === "en"
      ? {
          subject: `Overdue action items in ${c.councilName}`,
          intro: `${c.organizationName} has action items in ${c.councilName} that are past their due date:`,
          soon: "Due within a week:",
          outro: "Update the status when an item is done, or add a comment on where it stands.",
          label: "See the action items",
        }
      : {
          subject: `Forfalte oppfølgingspunkter i ${c.councilName}`,
          intro: `${c.organizationName} har oppfølgingspunkter i ${c.councilName} som har passert fristen:`,
          soon: "Frist innen en uke:",
          outro: "Oppdater statusen når et punkt er gjort, eller skriv en kommentar om hvor det står.",
          label: "Se oppfølgingspunktene",
        };
  const lines = [t.intro, ...c.overdue.map(item), ...(c.soon.length > 0 ? [t.soon, ...c.soon.map(item)] : []), t.outro];
  return {
    to,
    subject: t.subject,
    text: `${lines.join("\n")}\n\n${t.label}: ${c.href}\n`,
    html: emailLayout(lines, { href: c.href, label: t.label }),
    template: "council_action_reminder",
  };
}
