// The README's "Personal data" section: the register rendered with the app's own texts and
// constants, and the markers it sits between. Pure: reading and writing README.md is the CLI's.
import { users } from "@/db/schema";
import { INVITATION_DAYS, MAGIC_LINK_MINUTES } from "@/lib/auth/tokens";
import { sessionAbsoluteSeconds, sessionMaxAgeSeconds } from "@/lib/config";
import enParticipants from "@/lib/i18n/messages/en/participants.json";
import nbParticipants from "@/lib/i18n/messages/nb/participants.json";
import { RATE_LIMIT_KEEP_HOURS } from "@/lib/rate-limit/rules";
import { DEFAULT_RETENTION_MONTHS } from "@/lib/retention/rules";
import { SETTINGS_LIMITS } from "@/lib/settings/schemas";
import { renderPrivacyDocument, type DocumentContext } from "./document";
import { REGISTER, STAFF_REFERENCE } from "./register";

export const PRIVACY_START = "<!-- privacy-register:start -->";
export const PRIVACY_END = "<!-- privacy-register:end -->";

const hours = (seconds: number) => seconds / 3600;

/**
 * Constants a register text may name, as they read to a data protection officer. A setting shows
 * its default (from the code that reads it) and its variable; a name missing here shows as code.
 */
export const DOCUMENT_CONSTANTS: Record<string, string> = {
  SESSION_ABSOLUTE_HOURS: `${hours(sessionAbsoluteSeconds({}))} hours (setting \`SESSION_ABSOLUTE_HOURS\`)`,
  SESSION_MAX_AGE_HOURS: `${hours(sessionMaxAgeSeconds({}))} hours (setting \`SESSION_MAX_AGE_HOURS\`)`,
  MAGIC_LINK_MINUTES: `${MAGIC_LINK_MINUTES} minutes`,
  INVITATION_DAYS: `${INVITATION_DAYS} days`,
  RATE_LIMIT_KEEP_HOURS: `${RATE_LIMIT_KEEP_HOURS} hours`,
};

export const DOCUMENT_CONTEXT: DocumentContext = {
  sections: {
    nb: nbParticipants.participants.privacy.sections,
    en: enParticipants.participants.privacy.sections,
  },
  scopes: { nb: nbParticipants.participants.consent.scopes, en: enParticipants.participants.consent.scopes },
  constants: DOCUMENT_CONSTANTS,
  retention: {
    defaultMonths: DEFAULT_RETENTION_MONTHS,
    minMonths: SETTINGS_LIMITS.retentionMonths.min,
    maxMonths: SETTINGS_LIMITS.retentionMonths.max,
  },
  staffReference: STAFF_REFERENCE,
  users,
};

/** The section as the register describes it today. */
export function privacyDocument(): string {
  return renderPrivacyDocument(REGISTER, DOCUMENT_CONTEXT);
}

/** What stands between the markers, or null without them. */
export function privacySectionOf(readme: string): string | null {
  const start = readme.indexOf(PRIVACY_START);
  const end = readme.indexOf(PRIVACY_END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + PRIVACY_START.length, end).trim();
}

/** The README with `body` between the markers; throws when they are missing. */
export function withPrivacySection(readme: string, body: string): string {
  const start = readme.indexOf(PRIVACY_START);
  const end = readme.indexOf(PRIVACY_END);
  if (start < 0 || end < start) throw new Error(`README.md: ${PRIVACY_START} … ${PRIVACY_END} not found`);
  return `${readme.slice(0, start)}${PRIVACY_START}\n\n${body.trim()}\n\n${readme.slice(end)}`;
}
