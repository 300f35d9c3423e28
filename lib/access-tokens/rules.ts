// Tokens in the links of emails to people without an account (a fair candidate's manage link, an
// invitation's answer link) and how long they live. Pure: no database, no next/*.
import { randomBytes } from "node:crypto";

/**
 * A new random token: 32 bytes as base64url, 43 characters. Each email that carries a link gets
 * its own, since a token cannot be rebuilt from the hash that is stored.
 */
export function newAccessToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only well-formed tokens are looked up (43 base64url characters). */
export function isAccessToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

const DAY_MS = 86_400_000;

/** Days a manage link keeps working after the fair: long enough to see the outcome and to delete the registration. */
export const MANAGE_TOKEN_DAYS_AFTER_EVENT = 30;

/**
 * A manage link works until 30 days after the fair ends. Every event has an end
 * (events.ends_at is not null), so the start is never needed as a fallback.
 */
export function manageTokenExpiry(event: { endsAt: Date }): Date {
  return new Date(event.endsAt.getTime() + MANAGE_TOKEN_DAYS_AFTER_EVENT * DAY_MS);
}

/**
 * An invitation link works until the event ends. A campaign has no end of its own, and the
 * registration deadline is the candidates' (not the invited employers'); the event's end is when
 * acceptsAnswers (lib/invitations/rules.ts) stops taking answers, so the link is useless after it.
 */
export function invitationTokenExpiry(event: { endsAt: Date }): Date {
  return new Date(event.endsAt.getTime());
}
