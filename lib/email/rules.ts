// Pure delivery rules: no database, no network.

/** Attempts before a message is marked failed and left for an operator. */
export const MAX_ATTEMPTS = 8;

/** Wait before the next attempt: 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  const base = 30_000 * 2 ** Math.max(0, attempts - 1);
  return Math.min(base, 3_600_000);
}

export function nextAttemptAt(now: Date, attempts: number): Date {
  return new Date(now.getTime() + backoffMs(attempts));
}

export function isFinalFailure(attempts: number): boolean {
  return attempts >= MAX_ATTEMPTS;
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => escapes[c]);
}
