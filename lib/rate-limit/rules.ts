// Fixed-window rate limits and whose address a request counts against: pure logic, the
// counting itself is in data.ts.
import { isIP } from "node:net";
import { positiveIntegerFromEnv } from "@/lib/config";

export interface Limit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

const FIFTEEN_MINUTES = 15 * 60_000;
const HOUR = 60 * 60_000;

/** Counters are deleted this long after their window starts: older ones are of no use to anyone. */
export const RATE_LIMIT_KEEP_HOURS = 24;

/** The limits in force. Numbers are per key (an email address or an IP address). */
export const LIMITS = {
  magicLinkPerEmail: { limit: 5, windowMs: FIFTEEN_MINUTES },
  magicLinkPerIp: { limit: limitFromEnv(process.env.RATE_LIMIT_MAGIC_LINK_PER_IP, 20), windowMs: FIFTEEN_MINUTES },
  /** Public career-fair registrations (lib/fair-candidates), counted in this order. */
  fairRegistrationPerIp: { limit: 10, windowMs: FIFTEEN_MINUTES },
  /**
   * Per address across fairs: registering an address already on the list sends it the
   * manage link again, so this caps the mail anyone can aim at one inbox. A person registers
   * once, perhaps twice more to get the email again.
   */
  fairRegistrationPerEmail: { limit: 5, windowMs: HOUR },
  /**
   * Per fair, whatever the address: the cap on what many addresses together can add in an
   * hour, so a flood stays small enough to clean up. Fairs take a few hundred people, and
   * even the rush after an announcement spreads over more than an hour.
   */
  fairRegistrationPerEvent: { limit: 200, windowMs: HOUR },
  demoSignInPerIp: { limit: limitFromEnv(process.env.RATE_LIMIT_DEMO_PER_IP, 60), windowMs: FIFTEEN_MINUTES },
} satisfies Record<string, Limit>;

/**
 * A per-IP limit from the environment. Every end-to-end test comes from one address: the
 * demo sign-in is used more than 60 times per run and many specs ask for links, so test
 * servers raise these; a real installation keeps the defaults.
 */
export function limitFromEnv(value: string | undefined, fallback: number): number {
  return positiveIntegerFromEnv(value, fallback);
}

/**
 * Seconds until a refused link request may be tried again, for a page that learns only that
 * it was refused: both magic-link limits use epoch-aligned windows, so the clock tells.
 */
export function magicLinkRetryAfterSeconds(now: Date): number {
  return Math.max(
    secondsUntilReset(now, LIMITS.magicLinkPerEmail.windowMs),
    secondsUntilReset(now, LIMITS.magicLinkPerIp.windowMs),
  );
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
 * The header that carries the client's address to route handlers and server actions. Only the
 * server sets it (lib/security/client-address-hook.ts), replacing whatever a client sent.
 */
export const CLIENT_IP_HEADER = "x-lagspill-client-ip";

/**
 * Where the hook keeps this process's stamp. A request can arrive before instrumentation has
 * installed the hook (Next listens first; in dev it compiles instrumentation on the first
 * request), and then a client's own CLIENT_IP_HEADER passes unchanged: only a value carrying
 * the stamp, a secret made at install, is the server's. On globalThis, since instrumentation
 * and each route are bundled apart and would each get their own module variables.
 */
const STAMP = Symbol.for("lagspill.clientAddressStamp");

export function processStamp(): string | undefined {
  return (globalThis as { [STAMP]?: string })[STAMP];
}

export function setProcessStamp(stamp: string): void {
  (globalThis as { [STAMP]?: string })[STAMP] = stamp;
}

/** The value of CLIENT_IP_HEADER: the stamp, then the address. */
export function stampedAddress(address: string, stamp: string): string {
  return `${stamp} ${address}`;
}

/**
 * The client's address for rate limits. A client writes X-Forwarded-For itself, so with no
 * trusted proxy it is ignored and the socket's address is used. Each of `trustedProxies`
 * proxies appends the address it saw, so the entry that many places from the right is the one
 * the outermost proxy saw; the entries left of it are the client's own words. A request with
 * fewer entries came past the proxies, and an entry that is not an address means the proxies
 * are not what TRUSTED_PROXIES says: both fall back to the socket. Null when nothing is known.
 */
export function clientAddressFrom(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: number,
): string | null {
  if (trustedProxies > 0 && forwardedFor) {
    const entries = forwardedFor.split(",").map((e) => e.trim());
    const seen = entries.length >= trustedProxies ? entries[entries.length - trustedProxies] : undefined;
    if (seen && isIP(seen)) return plainAddress(seen);
  }
  return socketAddress && isIP(socketAddress) ? plainAddress(socketAddress) : null;
}

/** An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; one client, one bucket. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address.toLowerCase();
}

/**
 * The client's address as the server worked it out (CLIENT_IP_HEADER with this process's
 * stamp). Never X-Forwarded-For: the client writes that. Without a stamped header (a request
 * that came before the hook, or a forged one) all such clients share one bucket, which may
 * refuse too much but never lets a forger through.
 */
export function clientIp(headers: Pick<Headers, "get">, stamp: string | undefined = processStamp()): string {
  const [given, address] = headers.get(CLIENT_IP_HEADER)?.split(" ") ?? [];
  return stamp && given === stamp && address ? address : "unknown";
}
