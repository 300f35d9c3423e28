import "server-only";
import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db";
import { jobRuns } from "@/db/schema";

/** A failed run may be claimed again this long after it started, so a passing outage does not skip a period. */
export const RETRY_FAILED_MS = 60 * 60_000;
/** A run that never finished (its server died) may be claimed again after this long. */
export const STALE_RUN_MS = 6 * 60 * 60_000;

/**
 * Claims one period of a job for this server: the insert succeeds for exactly one caller,
 * however many servers try at once (the unique key on name + period decides). A failed or
 * abandoned run can be taken over later, again by exactly one caller, because the
 * conditional update locks the row. Returns the run's id, or null when someone else has it.
 */
export async function claimRun(name: string, periodKey: string, now: Date): Promise<string | null> {
  const db = await getDb();
  const rows = await db
    .insert(jobRuns)
    .values({ name, periodKey, startedAt: now })
    .onConflictDoUpdate({
      target: [jobRuns.name, jobRuns.periodKey],
      set: { startedAt: now, finishedAt: null, error: null, result: null },
      setWhere: or(
        and(isNotNull(jobRuns.error), lt(jobRuns.startedAt, new Date(now.getTime() - RETRY_FAILED_MS))),
        and(isNull(jobRuns.finishedAt), lt(jobRuns.startedAt, new Date(now.getTime() - STALE_RUN_MS))),
      ),
    })
    .returning({ id: jobRuns.id });
  return rows[0]?.id ?? null;
}

/** Records how a claimed run ended: its result, or the error that stopped it. */
export async function finishRun(id: string, outcome: { result?: unknown; error?: string }, now: Date): Promise<void> {
  const db = await getDb();
  await db
    .update(jobRuns)
    .set({ finishedAt: now, result: outcome.result ?? null, error: outcome.error ?? null })
    .where(eq(jobRuns.id, id));
}

export interface JobRunInfo {
  name: string;
  periodKey: string;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

/** The runs of one job, for tests and diagnostics. */
export async function listRuns(name: string): Promise<JobRunInfo[]> {
  const db = await getDb();
  return db
    .select({
      name: jobRuns.name,
      periodKey: jobRuns.periodKey,
      startedAt: jobRuns.startedAt,
      finishedAt: jobRuns.finishedAt,
      error: jobRuns.error,
    })
    .from(jobRuns)
    .where(eq(jobRuns.name, name))
    .orderBy(jobRuns.startedAt);
}
