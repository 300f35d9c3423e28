// Structured server logs: one JSON line per server error, carrying the id the user sees
// (request id or Next's digest) so support can find it. Logs leave the database's access
// control, so nothing personal goes in: only ids, never emails, names or form values.
import { randomBytes } from "node:crypto";

export type LogLevel = "error" | "warn" | "info";

export interface LogEntry {
  level: LogLevel;
  time: string;
  requestId: string;
  msg: string;
  route?: string;
  error?: { name: string; message: string; code?: string; stack?: string };
  [key: string]: unknown;
}

// Field names that may carry personal data; such fields are dropped, whatever their value.
const REDACT =
  /e-?mail|name|value|phone|tel|address|birth|ssn|fnr|personnummer|token|password|secret|cookie|authorization|body|form|text|note|comment/i;
const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi;
// Drizzle puts the query's bound values into its error message ("Failed query: …\nparams: a,b").
const PARAMS = /(\bparams:)[^\n]*/g;
// Digits long enough to be a national id or a phone number.
const LONG_DIGITS = /\b\d{8,11}\b/g;

/** Removes what could identify a person from free text (error messages, stack traces). */
export function scrub(text: string): string {
  return text.replace(PARAMS, "$1 [redacted]").replace(EMAIL, "[email]").replace(LONG_DIGITS, "[number]");
}

function describeError(err: unknown): LogEntry["error"] {
  if (!(err instanceof Error)) return { name: "NonError", message: scrub(String(err)) };
  // The database's own error (code, message) is the useful part of a wrapped query error.
  const cause = err.cause as { code?: unknown; message?: unknown } | undefined;
  const code = (err as { code?: unknown }).code ?? cause?.code;
  const causeText = typeof cause?.message === "string" && cause.message ? ` — ${scrub(cause.message)}` : "";
  return {
    name: err.name,
    message: scrub(err.message) + causeText,
    ...(typeof code === "string" ? { code } : {}),
    ...(err.stack ? { stack: scrub(err.stack) } : {}),
  };
}

/** Keeps only plain values under names that cannot hold personal data. */
export function safeFields(fields: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (REDACT.test(key) || value === undefined || value === null) continue;
    if (typeof value === "string") out[key] = scrub(value);
    else if (typeof value === "number" || typeof value === "boolean") out[key] = value;
  }
  return out;
}

export interface ErrorContext {
  requestId: string;
  route?: string;
  /** Anything else worth knowing (digest, userId, organizationId, method); unsafe keys are dropped. */
  [key: string]: unknown;
}

/** Builds the log line for an error; pure, so the redaction can be tested. */
export function errorEntry(msg: string, err: unknown, context: ErrorContext, now = new Date()): LogEntry {
  const { requestId, route, digest, ...rest } = context;
  return {
    level: "error",
    time: now.toISOString(),
    // Ids are kept as they are (a digest is all digits) but only if they look like ids.
    requestId: isRequestId(requestId) ? requestId : "invalid",
    msg,
    ...(route ? { route: scrub(route) } : {}),
    ...(typeof digest === "string" && isRequestId(digest) ? { digest } : {}),
    ...safeFields(rest),
    error: describeError(err),
  };
}

type Writer = (line: string) => void;
let writer: Writer = (line) => console.error(line);

/** Tests capture the output here. */
export function setLogWriter(next: Writer | undefined): void {
  writer = next ?? ((line) => console.error(line));
}

export function logError(msg: string, err: unknown, context: ErrorContext): void {
  writer(JSON.stringify(errorEntry(msg, err, context)));
}

// A load balancer's id is kept so its logs and ours line up; anything odd is replaced.
const VALID_ID = /^[A-Za-z0-9._:-]{6,100}$/;

export function isRequestId(value: unknown): value is string {
  return typeof value === "string" && VALID_ID.test(value);
}

/** The request's id: the incoming x-request-id if it looks like one, else a new short one a user can read out. */
export function requestIdFrom(headers: Pick<Headers, "get"> | undefined): string {
  const incoming = headers?.get("x-request-id");
  return isRequestId(incoming) ? incoming : newRequestId();
}

export function newRequestId(): string {
  return randomBytes(5).toString("hex");
}
