// Email texts in both languages. Short, say who sent them and why, link straight to the page.
import type { Locale } from "@/lib/i18n/locale";
import type { OutgoingEmail } from "./data";
import { escapeHtml } from "./rules";

function layout(paragraphs: string[], link: { href: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">${body}<p><a href="${escapeHtml(link.href)}" style="display:inline-block;padding:10px 16px;background:#0b4f8a;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(link.label)}</a></p></body></html>`;
}

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
    html: layout(t.lines, { href: url, label: t.label }),
    template: "magic_link",
  };
}
