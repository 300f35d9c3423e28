// Email texts in both languages. Short, say who sent them and why, link straight to the page.
import type { Locale } from "@/lib/i18n/locale";
import type { OutgoingEmail } from "./data";
import { escapeHtml } from "./rules";

export function emailLayout(paragraphs: string[], link: { href: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">${body}<p><a href="${escapeHtml(link.href)}" style="display:inline-block;padding:10px 16px;background:#0b4f8a;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(link.label)}</a></p></body></html>`;
}

// ── Placements: new proposal, employer's answer, agreement ready to confirm ──
// Emails leave the municipality's systems: they name the slot and the sender, never the
// candidate's name or anything from the participant record.

function simpleEmail(
  to: string,
  template: string,
  subject: string,
  lines: string[],
  link: { href: string; label: string } | null,
): OutgoingEmail {
  return {
    to,
    subject,
    text: `${lines.join("\n")}\n${link ? `\n${link.label}: ${link.href}\n` : ""}`,
    html: link
      ? emailLayout(lines, link)
      : `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}</body></html>`,
    template,
  };
}

export function newProposalEmail(
  to: string,
  p: { slotTitle: string; municipality: string; senderName: string; href: string },
  locale: Locale,
): OutgoingEmail {
  return locale === "en"
    ? simpleEmail(
        to,
        "placement_proposed",
        `New candidate for ${p.slotTitle}`,
        [
          `${p.senderName} at ${p.municipality} proposes a candidate for "${p.slotTitle}".`,
          "Open the proposal to see the candidate and answer: interested, propose an interview time, or decline.",
        ],
        { href: p.href, label: "See the proposal" },
      )
    : simpleEmail(
        to,
        "placement_proposed",
        `Ny kandidat til ${p.slotTitle}`,
        [
          `${p.senderName} i ${p.municipality} foreslår en kandidat til «${p.slotTitle}».`,
          "Åpne forslaget for å se kandidaten og svare: interessert, foreslå intervjutid eller takk nei.",
        ],
        { href: p.href, label: "Se forslaget" },
      );
}

export function employerAnswerEmail(
  to: string,
  p: {
    slotTitle: string;
    employerName: string;
    answer: "employer_interested" | "interview" | "declined_by_employer";
    href: string;
  },
  locale: Locale,
): OutgoingEmail {
  const en = {
    employer_interested: "is interested in",
    interview: "proposes an interview with",
    declined_by_employer: "declined",
  };
  const nb = {
    employer_interested: "er interessert i",
    interview: "foreslår intervju med",
    declined_by_employer: "takket nei til",
  };
  return locale === "en"
    ? simpleEmail(
        to,
        "placement_answered",
        `Answer from ${p.employerName}: ${p.slotTitle}`,
        [
          `${p.employerName} ${en[p.answer]} your candidate for "${p.slotTitle}".`,
          "Open the placement to see the answer and take the next step.",
        ],
        { href: p.href, label: "Open the placement" },
      )
    : simpleEmail(
        to,
        "placement_answered",
        `Svar fra ${p.employerName}: ${p.slotTitle}`,
        [
          `${p.employerName} ${nb[p.answer]} kandidaten din til «${p.slotTitle}».`,
          "Åpne plasseringen for å se svaret og ta neste steg.",
        ],
        { href: p.href, label: "Åpne plasseringen" },
      );
}

export function agreementReadyEmail(
  to: string,
  p: { slotTitle: string; employerName: string; municipality: string; href: string | null },
  locale: Locale,
): OutgoingEmail {
  // The participant has no account: their email tells them who will go through it with them.
  const link = p.href
    ? { href: p.href, label: locale === "en" ? "Read and confirm the agreement" : "Les og bekreft avtalen" }
    : null;
  return locale === "en"
    ? simpleEmail(
        to,
        "agreement_ready",
        `Agreement ready to confirm: ${p.slotTitle}`,
        [
          `The internship agreement for "${p.slotTitle}" at ${p.employerName} is ready.`,
          p.href
            ? "Read the terms and confirm them for your part."
            : `${p.municipality} will go through it with you and record your confirmation.`,
        ],
        link,
      )
    : simpleEmail(
        to,
        "agreement_ready",
        `Avtale klar til bekreftelse: ${p.slotTitle}`,
        [
          `Praksisavtalen for «${p.slotTitle}» hos ${p.employerName} er klar.`,
          p.href
            ? "Les vilkårene og bekreft for din del."
            : `${p.municipality} går gjennom den med deg og registrerer at du bekrefter den.`,
        ],
        link,
      );
}

export function employerInvitationEmail(p: {
  to: string;
  url: string;
  days: number;
  inviterName: string;
  employerName: string;
  municipalityName: string;
  locale: Locale;
}): OutgoingEmail {
  return p.locale === "en"
    ? simpleEmail(
        p.to,
        "employer_invitation",
        `${p.inviterName} invites you to Lagspill`,
        [
          `${p.inviterName} at ${p.municipalityName} has given you access to Lagspill for ${p.employerName}.`,
          "In Lagspill you post internships and jobs, and answer the candidates the municipality proposes.",
          `The link signs you in once and expires in ${p.days} days. Later you sign in with your email address.`,
        ],
        { href: p.url, label: "Sign in to Lagspill" },
      )
    : simpleEmail(
        p.to,
        "employer_invitation",
        `${p.inviterName} inviterer deg til Lagspill`,
        [
          `${p.inviterName} i ${p.municipalityName} har gitt deg tilgang til Lagspill for ${p.employerName}.`,
          "I Lagspill legger du ut praksisplasser og stillinger, og svarer på kandidater kommunen foreslår.",
          `Lenken logger deg inn én gang og går ut om ${p.days} dager. Senere logger du inn med e-postadressen din.`,
        ],
        { href: p.url, label: "Logg inn i Lagspill" },
      );
}

const roleNames = {
  nb: {
    consultant: "introduksjonskonsulent",
    job_specialist: "jobbspesialist",
    municipality_admin: "kommuneadministrator",
    employer: "arbeidsgiver",
    association_staff: "ansatt i næringsforeningen",
    partner: "samarbeidspartner",
  },
  en: {
    consultant: "introduction programme consultant",
    job_specialist: "job specialist",
    municipality_admin: "municipality administrator",
    employer: "employer",
    association_staff: "association staff",
    partner: "partner",
  },
} as const;

/** A colleague invites someone to their own organization (lib/people). */
export function staffInvitationEmail(p: {
  to: string;
  url: string;
  days: number;
  inviterName: string;
  organizationName: string;
  role: keyof (typeof roleNames)["nb"];
  locale: Locale;
}): OutgoingEmail {
  return p.locale === "en"
    ? simpleEmail(
        p.to,
        "staff_invitation",
        `${p.inviterName} invites you to Lagspill`,
        [
          `${p.inviterName} has given you access to Lagspill for ${p.organizationName}, as ${roleNames.en[p.role]}.`,
          `The link signs you in once and expires in ${p.days} days. Later you sign in with your email address.`,
        ],
        { href: p.url, label: "Sign in to Lagspill" },
      )
    : simpleEmail(
        p.to,
        "staff_invitation",
        `${p.inviterName} inviterer deg til Lagspill`,
        [
          `${p.inviterName} har gitt deg tilgang til Lagspill for ${p.organizationName}, som ${roleNames.nb[p.role]}.`,
          `Lenken logger deg inn én gang og går ut om ${p.days} dager. Senere logger du inn med e-postadressen din.`,
        ],
        { href: p.url, label: "Logg inn i Lagspill" },
      );
}

/**
 * Access to /admin: sent to the first operator (who asked on the setup page, so no inviter) and
 * to every operator another one invites.
 */
export function operatorInvitationEmail(p: {
  to: string;
  url: string;
  days: number;
  inviterName: string | null;
  locale: Locale;
}): OutgoingEmail {
  return p.locale === "en"
    ? simpleEmail(
        p.to,
        "operator_invitation",
        p.inviterName ? `${p.inviterName} makes you an operator of Lagspill` : "You are the operator of Lagspill",
        [
          p.inviterName
            ? `${p.inviterName} has made you an operator of this Lagspill installation: you set up municipalities, associations, partners and councils and invite their first administrators.`
            : "You are now the operator of this Lagspill installation: you set up municipalities, associations, partners and councils and invite their first administrators.",
          `The link signs you in once and expires in ${p.days} days. Later you sign in with your email address.`,
        ],
        { href: p.url, label: "Sign in to Lagspill" },
      )
    : simpleEmail(
        p.to,
        "operator_invitation",
        p.inviterName ? `${p.inviterName} gjør deg til driftsansvarlig i Lagspill` : "Du er driftsansvarlig i Lagspill",
        [
          p.inviterName
            ? `${p.inviterName} har gjort deg til driftsansvarlig for denne Lagspill-installasjonen: du oppretter kommuner, næringsforeninger, samarbeidspartnere og samarbeidsråd og inviterer deres første administrator.`
            : "Du er nå driftsansvarlig for denne Lagspill-installasjonen: du oppretter kommuner, næringsforeninger, samarbeidspartnere og samarbeidsråd og inviterer deres første administrator.",
          `Lenken logger deg inn én gang og går ut om ${p.days} dager. Senere logger du inn med e-postadressen din.`,
        ],
        { href: p.url, label: "Logg inn i Lagspill" },
      );
}
