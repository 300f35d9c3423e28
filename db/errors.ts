// PostgreSQL error codes the app reacts to, in one place. postgres.js puts the code on the error;
// drizzle wraps it and keeps it on `cause`.
const UNIQUE_VIOLATION = "23505";

function codeOf(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code ?? e?.cause?.code;
}

/** True when the error is a unique-constraint violation (two people saving the same key at once). */
export function isUniqueViolation(err: unknown): boolean {
  return codeOf(err) === UNIQUE_VIOLATION;
}

/** One clear line about a database that cannot be used, naming the variable to fix. Never a stack trace. */
export function describeDbError(err: unknown): string {
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const url = process.env.DATABASE_URL;
  const reason = e?.code ?? e?.cause?.code ?? e?.message ?? String(err);
  if (!url) return `Lagspill: the embedded database (PGlite) could not be opened: ${reason}`;
  let where = "(unparseable URL)";
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {}
  return `Lagspill: cannot use the database in DATABASE_URL (${where}): ${reason}. Check DATABASE_URL and that PostgreSQL is running.`;
}
