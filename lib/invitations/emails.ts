// The invitation email: the association's own text, a link to answer and a link to unsubscribe.
import type { OutgoingEmail } from "@/lib/email/data";
import { escapeHtml } from "@/lib/email/rules";
import { emailLayout } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locale";

export interface InvitationEmailInput {
  to: string;
  subject: string;
  body: string;
  associationName: string;
  respondUrl: string;
  unsubscribeUrl: string;
  /** A reminder to someone who has not answered yet. */
  reminder?: boolean;
}

const TEXTS = {
  nb: {
    reminder: "Påminnelse: ",
    answer: "Svar på invitasjonen",
    unsubscribe: (a: string) => `Vil du ikke få flere invitasjoner fra ${a}? Meld deg av`,
  },
  en: {
    reminder: "Reminder: ",
    answer: "Answer the invitation",
    unsubscribe: (a: string) => `Do not want more invitations from ${a}? Unsubscribe`,
  },
};

export function invitationEmail(p: InvitationEmailInput, locale: Locale): OutgoingEmail {
  const t = TEXTS[locale];
  const paragraphs = p.body
    .split(/\n\s*\n/)
    .map((x) => x.trim())
    .filter(Boolean);
  const unsubscribe = t.unsubscribe(p.associationName);
  // The answer link comes first in the text: it is what the email is for.
  const text = `${paragraphs.join("\n\n")}\n\n${t.answer}: ${p.respondUrl}\n\n${unsubscribe}: ${p.unsubscribeUrl}\n`;
  const footer = `<p style="font-size:14px;color:#555"><a href="${escapeHtml(p.unsubscribeUrl)}">${escapeHtml(unsubscribe)}</a></p>`;
  const html = emailLayout(paragraphs, { href: p.respondUrl, label: t.answer }).replace("</body>", `${footer}</body>`);
  return {
    to: p.to,
    subject: `${p.reminder ? t.reminder : ""}${p.subject}`,
    text,
    html,
    template: p.reminder ? "invitation_reminder" : "invitation",
  };
}
