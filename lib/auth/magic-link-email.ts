// The sign-in email, in both languages: the link, how long it works, and what to do if it was not asked for.
import type { OutgoingEmail } from "@/lib/email/data";
import { emailLayout } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locale";

export function magicLinkEmail(to: string, url: string, minutes: number, locale: Locale): OutgoingEmail {
  const t =
    locale === "en"
      ? {
          subject: "Your sign-in link for Lagspill",
          lines: [
            "You (or someone using your address) asked to sign in to Lagspill.",
            `The link works once and expires in ${minutes} minutes.`,
            "If you did not ask for it, you can ignore this email.",
          ],
          label: "Sign in to Lagspill",
        }
      : {
          subject: "Innloggingslenken din til Lagspill",
          lines: [
            "Du (eller noen som brukte adressen din) ba om å logge inn i Lagspill.",
            `Lenken virker én gang og går ut om ${minutes} minutter.`,
            "Hvis du ikke ba om den, kan du se bort fra denne e-posten.",
          ],
          label: "Logg inn i Lagspill",
        };
  return {
    to,
    subject: t.subject,
    text: `${t.lines.join("\n")}\n\n${t.label}: ${url}\n`,
    html: emailLayout(t.lines, { href: url, label: t.label }),
    template: "magic_link",
  };
}
