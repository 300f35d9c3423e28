// Fixed-window rate limits: pure arithmetic, the counting itself is in data.ts.

export interface Limit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

const FIFTEEN_MINUTES = 15 * 60_000;

/** The limits in force. Numbers are per key (an email address or an IP address). */
export const LIMITS = {
  magicLinkPerEmail: { limit: 5, windowMs: FIFTEEN_MINUTES },
  magicLinkPerIp: { limit: 20, windowMs: FIFTEEN_MINUTES },
  /** Public career-fair registrations (lib/fair-candidates). */
  fairRegistrationPerIp: { limit: 10, windowMs: FIFTEEN_MINUTES },
  demoSignInPerIp: { limit: demoLimitFromEnv(process.env.RATE_LIMIT_DEMO_PER_IP), windowMs: FIFTEEN_MINUTES },
} satisfies Record<string, Limit>;

/**
 * The demo sign-in is used by every end-to-end test from one address, more than 60 times
 * per run, so test servers raise it; a public demo keeps the default.
 */
export function demoLimitFromEnv(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 60;
}

/** Start of the window that `now` falls in; windows are aligned to the epoch so every server agrees. */
export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Whole seconds until the current window ends (at least 1), for Retry-After. */
export function secondsUntilReset(now: Date, windowMs: number): number {
  const end = windowStart(now, windowMs).getTime() + windowMs;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/** Whole minutes for a message, rounded up so "1 minute" never means "wait 90 seconds". */
export function minutesFromSeconds(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * The client's address: the first x-forwarded-for entry (set by the proxy in front and by
 * `next start` itself), else x-real-ip. Unknown clients share one bucket.
 */
export function clientIp(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded;
  return headers.get("x-real-ip")?.trim() || "unknown";
}
