// Auth.js logs its own errors with console.error, with the cause's stack and a JSON dump of its
// details (which can hold the address someone signed in with). This logger takes its place.
import { logError, logLine, newRequestId } from "./logger";

interface AuthJsError extends Error {
  /** Auth.js's error type (AdapterError, Verification, …). */
  type?: string;
}

/** Auth.js's `logger` option: errors as scrubbed JSON lines, warnings (fixed codes) as one line, no debug output. */
export const authLogger = {
  error(error: AuthJsError): void {
    // Auth.js wraps what went wrong as cause.err; that is the error worth describing.
    const inner = (error.cause as { err?: unknown } | undefined)?.err;
    logError("auth failed", inner instanceof Error ? inner : error, {
      requestId: newRequestId(),
      authError: error.type ?? error.name,
    });
  },
  warn(code: string): void {
    logLine(`Auth.js warning ${code}: https://warnings.authjs.dev#${code}`);
  },
  debug(): void {},
};
