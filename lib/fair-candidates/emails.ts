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

/** After registering: the place or the waitlist, and the link to manage it. */
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

/**
 * The form was sent again with an address already registered for the fair. Nothing was
 * changed, since whoever sent it may not own the address; the owner gets the link instead,
 * with the way to correct details (delete, then register anew) or to come after cancelling.
 */
export function registeredAgainEmail(
  to: string,
  p: { fair: Fair; status: "registered" | "waitlisted" | "cancelled"; href: string },
  locale: Locale,
): OutgoingEmail {
  if (locale === "en") {
    return build(
      to,
      "fair_registration_again",
      `Your registration: ${p.fair.title}`,
      [
        `Someone, probably you, registered for "${p.fair.title}" again with this email address. ${
          {
            registered: "You were already registered, so nothing has been changed.",
            waitlisted: "You are already on the waitlist, so nothing has been changed.",
            cancelled: "You had cancelled your registration, so you have not been registered again.",
          }[p.status]
        }`,
        p.status === "cancelled"
          ? "If you want to come after all, delete your old registration with the link and register again."
          : "Use the link to see your registration, choose employers to meet, or cancel. To change your details, delete the registration with the link and register again (if the fair is full, you then join the waitlist).",
        "If it was not you, you can ignore this email.",
      ],
      { href: p.href, label: "Manage your registration" },
    );
  }
  return build(
    to,
    "fair_registration_again",
    `Påmeldingen din: ${p.fair.title}`,
    [
      `Noen, trolig du, meldte seg på «${p.fair.title}» igjen med denne e-postadressen. ${
        {
          registered: "Du var allerede påmeldt, så ingenting er endret.",
          waitlisted: "Du står allerede på venteliste, så ingenting er endret.",
          cancelled: "Du hadde meldt deg av, så du er ikke meldt på igjen.",
        }[p.status]
      }`,
      p.status === "cancelled"
        ? "Vil du likevel komme, sletter du den gamle påmeldingen med lenken og melder deg på på nytt."
        : "Med lenken kan du se påmeldingen, velge arbeidsgivere du vil møte, eller melde deg av. Vil du endre opplysningene dine, sletter du påmeldingen med lenken og melder deg på på nytt (er karrieretorget fullt, kommer du da på venteliste).",
      "Var det ikke deg, kan du se bort fra denne e-posten.",
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

/**
 * The organizer is told that registrations were cancelled because a participant withdrew the
 * consent to share with exhibitors: how many, never who.
 */
export function consentCancellationsEmail(
  to: string,
  p: { title: string; count: number; href: string },
  locale: Locale = "nb",
): OutgoingEmail {
  return locale === "en"
    ? build(
        to,
        "fair_consent_cancelled",
        `Registration cancelled: ${p.title}`,
        [
          `${p.count === 1 ? "One registration" : `${p.count} registrations`} for "${p.title}" ${p.count === 1 ? "was" : "were"} cancelled because the participant withdrew their consent to share their profile with exhibitors.`,
          "A place freed is given to the waitlist. Interviews already published are shown to the employers as cancelled, without the name.",
        ],
        { href: p.href, label: "See the cancelled registrations" },
      )
    : build(
        to,
        "fair_consent_cancelled",
        `Påmelding avlyst: ${p.title}`,
        [
          `${p.count === 1 ? "Én påmelding" : `${p.count} påmeldinger`} til «${p.title}» er avlyst fordi deltakeren har trukket tilbake samtykket til å dele profilen med utstillerne.`,
          "En ledig plass går til ventelisten. Intervjuer som alt er publisert, vises for arbeidsgiverne som avlyst, uten navn.",
        ],
        { href: p.href, label: "Se avlyste påmeldinger" },
      );
}
