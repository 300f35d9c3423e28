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
