// Configuration read from the environment, in one place. See .env.example.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Env = Record<string, string | undefined>;

/** Demo accounts and /dev/outbox: on by default with the embedded database, off in production unless DEMO_MODE=1. */
export function isDemoMode(env: Env = process.env): boolean {
  if (env.DEMO_MODE === "1" || env.DEMO_MODE === "true") return true;
  if (env.DEMO_MODE === "0" || env.DEMO_MODE === "false") return false;
  if (env.NODE_ENV === "production") return false;
  return !env.DATABASE_URL;
}

export function emailFrom(env: Env = process.env): string {
  return env.EMAIL_FROM ?? "Lagspill <no-reply@lagspill.example>";
}

/** APP_URL without a trailing slash, or undefined when unset. */
export function appUrl(env: Env = process.env): string | undefined {
  return env.APP_URL?.replace(/\/+$/, "") || undefined;
}

/**
 * The base of every link in email and calendar files, never taken from a request: its Host and
 * X-Forwarded-* headers are whatever the client sent. APP_URL is required in production; in
 * development the dev server's own address (Next puts the port it listens on in PORT).
 */
export function appBaseUrl(env: Env = process.env): string {
  const configured = appUrl(env);
  if (configured) {
    if (!/^https?:\/\/[^/?#\s]+$/.test(configured)) {
      throw new Error(
        `Lagspill: APP_URL must be the app's address with no path, e.g. https://lagspill.kommune.example (got "${configured}").`,
      );
    }
    return configured;
  }
  if (env.NODE_ENV === "production") {
    throw new Error(
      "Lagspill: APP_URL is not set. Set it to the public address of the app, e.g. https://lagspill.kommune.example; links in email are built from it.",
    );
  }
  return `http://localhost:${env.PORT || 3000}`;
}

/**
 * AUTH_SECRET signs sessions and hashes magic-link tokens. Outside production a
 * missing secret is generated once and kept in .data/, so `npm run dev` needs no setup.
 */
export function authSecret(env: Env = process.env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("Lagspill: AUTH_SECRET is not set. Generate one with `openssl rand -base64 32`.");
  }
  const dir = path.join(/* turbopackIgnore: true */ process.cwd(), ".data");
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** Where people send feedback on accessibility (the statement at /tilgjengelighet); unset: the page asks the operator to set it. */
export function accessibilityContactEmail(env: Env = process.env): string | undefined {
  const value = env.ACCESSIBILITY_CONTACT_EMAIL?.trim();
  return value && /^[^\s@]+@[^\s@]+$/.test(value) ? value : undefined;
}

/** Sessions end after this long without activity (default 8 hours). */
export function sessionMaxAgeSeconds(env: Env = process.env): number {
  const hours = Number(env.SESSION_MAX_AGE_HOURS ?? 8);
  return Math.round((Number.isFinite(hours) && hours > 0 ? hours : 8) * 3600);
}

/** Sessions end this long after sign-in however active they stay (default 168 hours, 7 days). */
export function sessionAbsoluteSeconds(env: Env = process.env): number {
  const hours = Number(env.SESSION_ABSOLUTE_HOURS ?? 168);
  return Math.round((Number.isFinite(hours) && hours > 0 ? hours : 168) * 3600);
}

/**
 * How many reverse proxies stand in front of the app and append to X-Forwarded-For (default 0).
 * With 0 the header is ignored, since a client can write anything in it; see clientAddressFrom.
 * Anything but a whole number from 0 up counts as 0: sharing one address bucket is safer than
 * trusting a header the client wrote.
 */
export function trustedProxies(env: Env = process.env): number {
  const raw = env.TRUSTED_PROXIES?.trim();
  if (!raw || !/^\d{1,2}$/.test(raw)) return 0;
  return Number(raw);
}

/**
 * A whole number above 0 from the environment, or the fallback for anything else (unset, empty,
 * a fraction, a word, 0 or less): one rule for every numeric setting.
 */
export function positiveIntegerFromEnv(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Days after sending before the retention job empties an email's subject, bodies and attachments (default 30). */
export function emailBodyRetentionDays(env: Env = process.env): number {
  return positiveIntegerFromEnv(env.EMAIL_BODY_RETENTION_DAYS, 30);
}

/** Months after a fair ends before the retention job deletes public candidates' registrations (default 6). */
export function fairCandidateRetentionMonths(env: Env = process.env): number {
  return positiveIntegerFromEnv(env.FAIR_CANDIDATE_RETENTION_MONTHS, 6);
}
