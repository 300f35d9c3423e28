// Structured server logs: one JSON line per server error, carrying the id the user sees
// (request id or Next's digest) so support can find it. Logs leave the database's access
// control, so nothing personal goes in: only ids, never emails, names or form values.
import { randomBytes } from "node:crypto";
import { formatWithOptions } from "node:util";

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
// Secrets in links: 43 base64url characters (invitation and fair-registration tokens, HMAC-SHA256)
// or 32+ hex digits (magic-link tokens, hashes); a uuid's groups are too short to match. In free
// text a base64url token needs a capital letter, so a 43-character constraint name in a database
// error survives (a random token lacks one once in billions); in a path any such segment goes.
const BASE64_TOKEN = /(?<![\w-])(?=[\w-]{0,42}[A-Z])[\w-]{43}(?![\w-])/g;
const HEX_TOKEN = /(?<![\w-])[0-9a-f]{32,}(?![\w-])/gi;
const SEGMENT_TOKEN = /^[\w-]{43}$/;

/** Removes what could identify a person or open a link from free text (error messages, stack traces). */
export function scrub(text: string): string {
  return text
    .replace(PARAMS, "$1 [redacted]")
    .replace(EMAIL, "[email]")
    .replace(BASE64_TOKEN, "[token]")
    .replace(HEX_TOKEN, "[token]")
    .replace(LONG_DIGITS, "[number]");
}

/**
 * A request path (or "METHOD path") fit for a log: a segment that is a token becomes [token] and a
 * query string becomes "?[query]", as its values may be tokens, addresses or what someone searched
 * for: /api/auth/callback/resend?token=…&email=… loses both.
 */
export function scrubPath(path: string): string {
  const end = path.search(/[?#]/);
  const query = end >= 0 && path[end] === "?" && end + 1 < path.length && path[end + 1] !== "#" ? "?[query]" : "";
  const segments = (end >= 0 ? path.slice(0, end) : path).split("/");
  // An address typed into the path arrives percent-encoded.
  return segments.map((s) => (SEGMENT_TOKEN.test(s) ? "[token]" : scrub(s.replace(/%40/gi, "@")))).join("/") + query;
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
    ...(route ? { route: scrubPath(route) } : {}),
    ...(typeof digest === "string" && isRequestId(digest) ? { digest } : {}),
    ...safeFields(rest),
    error: describeError(err),
  };
}

const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug"] as const;
type ConsoleMethod = (typeof CONSOLE_METHODS)[number];
type Originals = Record<ConsoleMethod, (...args: unknown[]) => void>;
// On globalThis: instrumentation.ts and the app's routes get separate copies of this module.
const globalForLog = globalThis as { __lagspillConsole?: Originals };

/**
 * Run once when a server starts (instrumentation.ts): what others write to the console (Next's
 * report of a page that threw, Auth.js, database drivers) is scrubbed too, as one formatted text.
 * Our own lines, already scrubbed, bypass it. Returns the undo, for tests.
 */
export function scrubConsole(): () => void {
  if (globalForLog.__lagspillConsole) return () => {};
  const originals = Object.fromEntries(CONSOLE_METHODS.map((m) => [m, console[m]])) as Originals;
  globalForLog.__lagspillConsole = originals;
  for (const method of CONSOLE_METHODS) {
    console[method] = (...args: unknown[]) => originals[method].call(console, scrub(formatWithOptions({}, ...args)));
  }
  return () => {
    for (const method of CONSOLE_METHODS) console[method] = originals[method];
    globalForLog.__lagspillConsole = undefined;
  };
}

// The one place that writes to the console: console-use.test.ts keeps it that way.
type Writer = (line: string, stream: "stdout" | "stderr") => void;
const consoleWriter: Writer = (line, stream) => {
  const method = stream === "stdout" ? "log" : "error";
  (globalForLog.__lagspillConsole?.[method] ?? console[method]).call(console, line);
};
let writer: Writer = consoleWriter;

/** Tests capture the output here. */
export function setLogWriter(next: Writer | undefined): void {
  writer = next ?? consoleWriter;
}

/** An error as one JSON line. Outside a request (jobs, the mail worker) pass `requestId: newRequestId()`. */
export function logError(msg: string, err: unknown, context: ErrorContext): void {
  writer(JSON.stringify(errorEntry(msg, err, context)), "stderr");
}

/**
 * One plain line for a person at a terminal: a command's summary (stdout), or why it failed or
 * why the server will not start (stderr). Scrubbed like every log line.
 */
export function logLine(text: string, stream: "stdout" | "stderr" = "stderr"): void {
  writer(scrub(text), stream);
}

/**
 * The one line that must carry a secret: the setup link of an installation without an operator,
 * which only a person with the server's log may use (lib/operators/startup.ts). Not scrubbed, or
 * its token would read "[token]"; nothing else may use this.
 */
export function logSetupLink(text: string): void {
  writer(text, "stdout");
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
