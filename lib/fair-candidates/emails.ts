// Emails to fair candidates, in both languages. Public candidates get their manage link in
// every email; a programme participant's consultant is told without the participant's name,
// since email leaves the municipality's systems.
import type { OutgoingEmail } from "@/lib/email/data";
import { emailLayout } from "@/lib/email/templates";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

interface Fair {
  title: string;
  startsAt: Date;
  venue: string;
  organizer: string;
}

function build(
  to: string,
  template: string,
  subject: string,
  lines: string[],
  link: { href: string; label: string },
): OutgoingEmail {
  return {
    to,
    subject,
    template,
    text: `${lines.join("\n")}\n\n${link.label}: ${link.href}\n`,
    html: emailLayout(lines, link),
  };
}

/** After registering (or registering again): the place or the waitlist, and the link to manage it. */
export function registrationEmail(
  to: string,
  p: { fair: Fair; status: "registered" | "waitlisted"; href: string },
  locale: Locale,
): OutgoingEmail {
  const when = formatDateTime(p.fair.startsAt, locale);
  if (locale === "en") {
    return build(
      to,
      "fair_registration",
      `Registration: ${p.fair.title}`,
      [
        p.status === "registered"
          ? `You are registered for "${p.fair.title}" on ${when} at ${p.fair.venue}.`
          : `"${p.fair.title}" is full, so you are on the waitlist. If a place becomes free, you move up automatically and we email you.`,
        "Use the link to choose up to 5 employers you want to meet, change whether employers may see your profile, or cancel or delete your registration.",
        `${p.fair.organizer} organises the fair. If you did not register, you can delete the registration with the link.`,
      ],
      { href: p.href, label: "Manage your registration" },
    );
  }
  return build(
    to,
    "fair_registration",
    `Påmelding: ${p.fair.title}`,
    [
      p.status === "registered"
        ? `Du er påmeldt «${p.fair.title}» ${when} på ${p.fair.venue}.`
        : `«${p.fair.title}» er fullt, så du står på venteliste. Blir en plass ledig, rykker du opp automatisk, og vi sender deg en e-post.`,
      "Med lenken kan du velge opptil 5 arbeidsgivere du vil møte, endre om arbeidsgiverne kan se profilen din, eller melde deg av og slette påmeldingen.",
      `${p.fair.organizer} arrangerer karrieretorget. Har du ikke meldt deg på selv, kan du slette påmeldingen med lenken.`,
    ],
    { href: p.href, label: "Se påmeldingen din" },
  );
}

/** A public candidate moved up from the waitlist. */
export function promotedEmail(to: string, p: { fair: Fair; href: string }, locale: Locale): OutgoingEmail {
  const when = formatDateTime(p.fair.startsAt, locale);
  return locale === "en"
    ? build(
        to,
        "fair_promoted",
        `You have a place: ${p.fair.title}`,
        [
          `A place became free, and you have moved up from the waitlist. You are registered for "${p.fair.title}" on ${when} at ${p.fair.venue}.`,
          "If you cannot come, please cancel with the link so someone else gets the place.",
        ],
        { href: p.href, label: "Manage your registration" },
      )
    : build(
        to,
        "fair_promoted",
        `Du har fått plass: ${p.fair.title}`,
        [
          `En plass ble ledig, og du har rykket opp fra ventelisten. Du er påmeldt «${p.fair.title}» ${when} på ${p.fair.venue}.`,
          "Kan du likevel ikke komme, meld deg av med lenken, så får noen andre plassen.",
        ],
        { href: p.href, label: "Se påmeldingen din" },
      );
}

/** A participant the consultant registered moved up from the waitlist. */
export function participantPromotedEmail(to: string, p: { fair: Fair; href: string }, locale: Locale): OutgoingEmail {
  return locale === "en"
    ? build(
        to,
        "fair_promoted_participant",
        `Place at ${p.fair.title}`,
        [
          `A place became free at "${p.fair.title}", and one of the participants you registered has moved up from the waitlist.`,
          "Open the fair to see who, and tell the participant.",
        ],
        { href: p.href, label: "Open the fair" },
      )
    : build(
        to,
        "fair_promoted_participant",
        `Plass på ${p.fair.title}`,
        [
          `En plass ble ledig på «${p.fair.title}», og en deltaker du meldte på har rykket opp fra ventelisten.`,
          "Åpne karrieretorget for å se hvem, og gi beskjed til deltakeren.",
        ],
        { href: p.href, label: "Åpne karrieretorget" },
      );
}
